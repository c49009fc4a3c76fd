"""What figure pickles may ask for: figure_unpickler.py says what each table allows.

Generated from the figure corpus by `make pickle-allowlist` (tests/pickle_allowlist.py);
the comment beside each entry names the first corpus file that needed it. The corpus test
fails when the corpus needs anything else. Review a change here as you would code.
"""

# ruff: noqa: E501 (an entry and its source make one line)

# module:qualname -> how pickles use it: "call" (REDUCE), "new" (an instance made without
# running __init__), both, or "" (only handed out: an argument, or an attribute value).
GLOBALS = {
    "_codecs:encode": "call",  # app/figure_kinds.py#3d
    "builtins:bytes": "call",  # app/figure_kinds.py#3d
    "builtins:getattr": "call",  # app/figure_kinds.py#3d
    "builtins:object": "new",  # app/figure_kinds.py#3d
    "builtins:range": "call",  # app/figure_kinds.py#date_axis
    "builtins:set": "call",  # app/figure_kinds.py#3d
    "builtins:slice": "call",  # app/figure_kinds.py#3d
    "builtins:tuple": "",  # app/figure_kinds.py#bar
    "cartopy.crs:Geodetic": "",  # corpus_figures/cartopy_maps.py#1
    "cartopy.crs:Globe": "new",  # corpus_figures/cartopy_maps.py#1
    "cartopy.crs:LambertConformal": "",  # corpus_figures/cartopy_projections.py#1
    "cartopy.crs:Mollweide": "",  # corpus_figures/cartopy_projections.py#1
    "cartopy.crs:Orthographic": "",  # corpus_figures/cartopy_projections.py#1
    "cartopy.crs:PlateCarree": "",  # corpus_figures/cartopy_maps.py#1
    "cartopy.crs:Robinson": "",  # corpus_figures/cartopy_maps.py#2
    "cartopy.crs:_CRS_reconstruct": "call",  # corpus_figures/cartopy_maps.py#1
    "cartopy.mpl.contour:GeoContourSet": "new",  # corpus_figures/cartopy_maps.py#2
    "cartopy.mpl.geoaxes:GeoAxes": "new",  # corpus_figures/cartopy_maps.py#1
    "cartopy.mpl.geoaxes:GeoSpine": "new",  # corpus_figures/cartopy_maps.py#1
    "cartopy.mpl.geoaxes:InterProjectionTransform": "new",  # corpus_figures/cartopy_maps.py#1
    "cartopy.mpl.geoaxes:_ViewClippedPathPatch": "new",  # corpus_figures/cartopy_maps.py#1
    "cartopy.mpl.geocollection:GeoQuadMesh": "new",  # corpus_figures/cartopy_maps.py#3
    "cartopy.mpl.gridliner:Gridliner": "new",  # corpus_figures/cartopy_maps.py#1
    "cartopy.mpl.gridliner:Label": "new",  # corpus_figures/cartopy_maps.py#1
    "cartopy.mpl.ticker:LatitudeFormatter": "new",  # corpus_figures/cartopy_maps.py#1
    "cartopy.mpl.ticker:LatitudeLocator": "new",  # corpus_figures/cartopy_maps.py#1
    "cartopy.mpl.ticker:LongitudeFormatter": "new",  # corpus_figures/cartopy_maps.py#1
    "cartopy.mpl.ticker:LongitudeLocator": "new",  # corpus_figures/cartopy_maps.py#1
    "collections:OrderedDict": "call",  # app/figure_kinds.py#3d
    "copyreg:_reconstructor": "call",  # app/figure_kinds.py#3d
    "datetime:datetime": "call",  # app/figure_kinds.py#date_axis
    "datetime:time": "call",  # gallery/lines_bars_and_markers/timeline.py#1
    "datetime:timedelta": "call",  # app/figure_kinds.py#date_axis
    "datetime:timezone": "call",  # app/figure_kinds.py#date_axis
    "dateutil.rrule:rrule": "new",  # gallery/lines_bars_and_markers/timeline.py#1
    "dateutil.rrule:weekday": "new",  # gallery/ticks/date_formatters_locators.py#1
    "dateutil.tz.tz:tzoffset": "call",  # app/figure_kinds.py#date_axis
    "functools:partial": "call",  # app/figure_kinds.py#3d
    "itertools:count": "call",  # app/figure_kinds.py#bar
    "matplotlib._cm:_ch_helper": "call",  # gallery/color/colormap_reference.py#7
    "matplotlib._cm:_flag_blue": "",  # gallery/color/colormap_reference.py#7
    "matplotlib._cm:_flag_green": "",  # gallery/color/colormap_reference.py#7
    "matplotlib._cm:_flag_red": "",  # gallery/color/colormap_reference.py#7
    "matplotlib._cm:_g10": "",  # gallery/color/colormap_reference.py#7
    "matplotlib._cm:_g13": "",  # gallery/color/colormap_reference.py#7
    "matplotlib._cm:_g15": "",  # gallery/color/colormap_reference.py#7
    "matplotlib._cm:_g23": "",  # gallery/color/colormap_reference.py#7
    "matplotlib._cm:_g28": "",  # gallery/color/colormap_reference.py#7
    "matplotlib._cm:_g3": "",  # gallery/color/colormap_reference.py#7
    "matplotlib._cm:_g30": "",  # gallery/color/colormap_reference.py#7
    "matplotlib._cm:_g31": "",  # gallery/color/colormap_reference.py#7
    "matplotlib._cm:_g32": "",  # gallery/color/colormap_reference.py#7
    "matplotlib._cm:_g33": "",  # gallery/color/colormap_reference.py#7
    "matplotlib._cm:_g34": "",  # gallery/color/colormap_reference.py#3
    "matplotlib._cm:_g35": "",  # gallery/color/colormap_reference.py#3
    "matplotlib._cm:_g36": "",  # gallery/color/colormap_reference.py#3
    "matplotlib._cm:_g5": "",  # gallery/color/colormap_reference.py#7
    "matplotlib._cm:_g7": "",  # gallery/color/colormap_reference.py#7
    "matplotlib._cm:_gist_heat_blue": "",  # gallery/color/colormap_reference.py#3
    "matplotlib._cm:_gist_heat_green": "",  # gallery/color/colormap_reference.py#3
    "matplotlib._cm:_gist_heat_red": "",  # gallery/color/colormap_reference.py#3
    "matplotlib._cm:_gist_yarg": "",  # gallery/images_contours_and_fields/demo_bboximage.py#1
    "matplotlib._cm:_prism_blue": "",  # gallery/color/colormap_reference.py#7
    "matplotlib._cm:_prism_green": "",  # gallery/color/colormap_reference.py#7
    "matplotlib._cm:_prism_red": "",  # gallery/color/colormap_reference.py#7
    "matplotlib._enums:CapStyle": "call",  # app/figure_kinds.py#3d
    "matplotlib._enums:JoinStyle": "call",  # app/figure_kinds.py#3d
    "matplotlib.artist:_XYPair": "new",  # app/figure_kinds.py#bar
    "matplotlib.artist:_stale_axes_callback": "",  # app/figure_kinds.py#contour
    "matplotlib.axes._axes:Axes": "new",  # app/figure_kinds.py#annotations_and_arrows
    "matplotlib.axes._base:_PropCycle": "new",  # app/figure_kinds.py#3d
    "matplotlib.axes._base:_TransformedBoundsLocator": "new",  # app/figure_kinds.py#inset_axes
    "matplotlib.axes._base:_process_plot_var_args": "new",  # app/figure_kinds.py#3d
    "matplotlib.axis:Axis": "",  # corpus_figures/pandas_frames.py#1
    "matplotlib.axis:Axis._format_with_dict": "call",  # corpus_figures/pandas_frames.py#1
    "matplotlib.axis:Ticker": "new",  # app/figure_kinds.py#3d
    "matplotlib.axis:XAxis": "new",  # app/figure_kinds.py#annotations_and_arrows
    "matplotlib.axis:XTick": "new",  # app/figure_kinds.py#3d
    "matplotlib.axis:YAxis": "new",  # app/figure_kinds.py#annotations_and_arrows
    "matplotlib.axis:YTick": "new",  # app/figure_kinds.py#annotations_and_arrows
    "matplotlib.backend_bases:_key_handler": "",  # app/figure_kinds.py#3d
    "matplotlib.backend_bases:_mouse_handler": "",  # app/figure_kinds.py#3d
    "matplotlib.category:StrCategoryConverter": "new",  # app/figure_kinds.py#bar
    "matplotlib.category:StrCategoryFormatter": "new",  # app/figure_kinds.py#bar
    "matplotlib.category:StrCategoryLocator": "new",  # app/figure_kinds.py#bar
    "matplotlib.category:UnitData": "new",  # app/figure_kinds.py#bar
    "matplotlib.cbook:CallbackRegistry": "new",  # app/figure_kinds.py#3d
    "matplotlib.cbook:Grouper": "new",  # app/figure_kinds.py#3d
    "matplotlib.cbook:_OrderedSet": "new",  # app/figure_kinds.py#3d
    "matplotlib.cbook:_exception_printer": "",  # app/figure_kinds.py#3d
    "matplotlib.cbook:_picklable_class_constructor": "call",  # gallery/axes_grid1/demo_axes_grid.py#1
    "matplotlib.collections:EllipseCollection": "new",  # gallery/shapes_and_collections/ellipse_collection.py#1
    "matplotlib.collections:EventCollection": "new",  # gallery/lines_bars_and_markers/eventcollection_demo.py#1
    "matplotlib.collections:FillBetweenPolyCollection": "new",  # app/figure_kinds.py#fill_between
    "matplotlib.collections:LineCollection": "new",  # app/figure_kinds.py#bar
    "matplotlib.collections:PatchCollection": "new",  # app/figure_kinds.py#patches_and_collections
    "matplotlib.collections:PathCollection": "new",  # app/figure_kinds.py#legend
    "matplotlib.collections:PolyCollection": "new",  # app/figure_kinds.py#hexbin
    "matplotlib.collections:PolyQuadMesh": "new",  # corpus_figures/cartopy_maps.py#3
    "matplotlib.collections:QuadMesh": "new",  # app/figure_kinds.py#colorbar
    "matplotlib.collections:RegularPolyCollection": "new",  # gallery/shapes_and_collections/collections.py#1
    "matplotlib.collections:TriMesh": "new",  # gallery/images_contours_and_fields/tripcolor_demo.py#2
    "matplotlib.colorbar:Colorbar": "new",  # app/figure_kinds.py#colorbar
    "matplotlib.colorbar:_ColorbarAxesLocator": "new",  # app/figure_kinds.py#colorbar
    "matplotlib.colorbar:_ColorbarSpine": "new",  # app/figure_kinds.py#colorbar
    "matplotlib.colorbar:_remove_cbar_axes": "call",  # app/figure_kinds.py#colorbar
    "matplotlib.colorizer:Colorizer": "new",  # app/figure_kinds.py#3d
    "matplotlib.colorizer:_ScalarMappable": "new",  # gallery/images_contours_and_fields/contourf_demo.py#2
    "matplotlib.colors:AsinhNorm": "new",  # gallery/images_contours_and_fields/colormap_normalizations_symlognorm.py#2
    "matplotlib.colors:BoundaryNorm": "new",  # gallery/color/colorbar_histogram.py#1
    "matplotlib.colors:LinearSegmentedColormap": "new",  # app/figure_kinds.py#contourf
    "matplotlib.colors:ListedColormap": "new",  # app/figure_kinds.py#3d
    "matplotlib.colors:LogNorm": "new",  # app/figure_kinds.py#colorbar
    "matplotlib.colors:NoNorm": "new",  # app/figure_kinds.py#contour
    "matplotlib.colors:Normalize": "new",  # app/figure_kinds.py#3d
    "matplotlib.colors:PowerNorm": "new",  # gallery/images_contours_and_fields/colormap_normalizations.py#2
    "matplotlib.colors:SymLogNorm": "new",  # gallery/images_contours_and_fields/colormap_normalizations.py#3
    "matplotlib.colors:_create_empty_object_of_class": "call",  # app/figure_kinds.py#colorbar
    "matplotlib.container:BarContainer": "new",  # app/figure_kinds.py#bar
    "matplotlib.container:ErrorbarContainer": "new",  # app/figure_kinds.py#bar
    "matplotlib.container:StemContainer": "new",  # gallery/lines_bars_and_markers/stem_plot.py#1
    "matplotlib.contour:ContourSet": "new",  # gallery/misc/contour_manual.py#1
    "matplotlib.contour:QuadContourSet": "new",  # app/figure_kinds.py#contour
    "matplotlib.dates:AutoDateFormatter": "new",  # app/figure_kinds.py#date_axis
    "matplotlib.dates:AutoDateLocator": "new",  # app/figure_kinds.py#date_axis
    "matplotlib.dates:ConciseDateConverter": "new",  # gallery/ticks/date_concise_formatter.py#3
    "matplotlib.dates:ConciseDateFormatter": "new",  # app/figure_kinds.py#date_axis
    "matplotlib.dates:DateFormatter": "new",  # app/figure_kinds.py#date_axis
    "matplotlib.dates:DayLocator": "new",  # gallery/ticks/date_demo_convert.py#1
    "matplotlib.dates:HourLocator": "new",  # gallery/ticks/date_demo_convert.py#1
    "matplotlib.dates:MicrosecondLocator": "new",  # gallery/ticks/date_formatters_locators.py#1
    "matplotlib.dates:MinuteLocator": "new",  # gallery/ticks/date_formatters_locators.py#1
    "matplotlib.dates:MonthLocator": "new",  # gallery/ticks/centered_ticklabels.py#1
    "matplotlib.dates:RRuleLocator": "new",  # gallery/ticks/date_demo_rrule.py#1
    "matplotlib.dates:SecondLocator": "new",  # gallery/ticks/date_formatters_locators.py#1
    "matplotlib.dates:WeekdayLocator": "new",  # gallery/ticks/date_formatters_locators.py#1
    "matplotlib.dates:YearLocator": "new",  # gallery/lines_bars_and_markers/timeline.py#1
    "matplotlib.dates:_SwitchableDateConverter": "new",  # app/figure_kinds.py#date_axis
    "matplotlib.dates:rrulewrapper": "new",  # gallery/lines_bars_and_markers/timeline.py#1
    "matplotlib.figure:Figure": "new",  # app/figure_kinds.py#3d
    "matplotlib.figure:SubFigure": "new",  # app/figure_kinds.py#subfigures
    "matplotlib.figure:_AxesStack": "new",  # app/figure_kinds.py#3d
    "matplotlib.font_manager:FontProperties": "new",  # app/figure_kinds.py#3d
    "matplotlib.gridspec:GridSpec": "new",  # app/figure_kinds.py#3d
    "matplotlib.gridspec:GridSpecFromSubplotSpec": "new",  # corpus_figures/cartopy_maps.py#2
    "matplotlib.gridspec:SubplotParams": "new",  # app/figure_kinds.py#3d
    "matplotlib.gridspec:SubplotSpec": "new",  # app/figure_kinds.py#3d
    "matplotlib.image:AxesImage": "new",  # app/figure_kinds.py#colorbar
    "matplotlib.image:BboxImage": "new",  # gallery/images_contours_and_fields/demo_bboximage.py#1
    "matplotlib.image:FigureImage": "new",  # gallery/images_contours_and_fields/figimage_demo.py#1
    "matplotlib.image:NonUniformImage": "new",  # gallery/images_contours_and_fields/image_nonuniform.py#1
    "matplotlib.inset:InsetIndicator": "new",  # app/figure_kinds.py#inset_axes
    "matplotlib.layout_engine:ConstrainedLayoutEngine": "new",  # app/figure_kinds.py#colorbar
    "matplotlib.layout_engine:PlaceHolderLayoutEngine": "new",  # corpus_figures/seaborn_clustermap.py#1
    "matplotlib.layout_engine:TightLayoutEngine": "new",  # gallery/statistics/hist.py#1
    "matplotlib.legend:DraggableLegend": "new",  # app/figure_kinds.py#legend
    "matplotlib.legend:Legend": "new",  # app/figure_kinds.py#legend
    "matplotlib.legend_handler:HandlerTuple": "new",  # gallery/text_labels_and_annotations/legend_demo.py#4
    "matplotlib.lines:AxLine": "new",  # gallery/lines_bars_and_markers/axline.py#1
    "matplotlib.lines:Line2D": "new",  # app/figure_kinds.py#3d
    "matplotlib.markers:MarkerStyle": "new",  # app/figure_kinds.py#3d
    "matplotlib.offsetbox:AnchoredOffsetbox": "new",  # gallery/misc/anchored_artists.py#1
    "matplotlib.offsetbox:AnchoredText": "new",  # gallery/axes_grid1/demo_axes_grid2.py#1
    "matplotlib.offsetbox:AnnotationBbox": "new",  # gallery/text_labels_and_annotations/demo_annotation_box.py#1
    "matplotlib.offsetbox:AuxTransformBox": "new",  # gallery/axes_grid1/demo_anchored_direction_arrows.py#1
    "matplotlib.offsetbox:DraggableAnnotation": "new",  # gallery/text_labels_and_annotations/annotation_demo.py#6
    "matplotlib.offsetbox:DraggableBase": "",  # app/figure_kinds.py#legend
    "matplotlib.offsetbox:DraggableBase._picker": "",  # app/figure_kinds.py#legend
    "matplotlib.offsetbox:DrawingArea": "new",  # app/figure_kinds.py#legend
    "matplotlib.offsetbox:HPacker": "new",  # app/figure_kinds.py#legend
    "matplotlib.offsetbox:OffsetImage": "new",  # gallery/text_labels_and_annotations/demo_annotation_box.py#2
    "matplotlib.offsetbox:TextArea": "new",  # app/figure_kinds.py#legend
    "matplotlib.offsetbox:VPacker": "new",  # app/figure_kinds.py#legend
    "matplotlib.patches:Annulus": "new",  # gallery/text_labels_and_annotations/demo_annotation_box.py#3
    "matplotlib.patches:Arrow": "new",  # gallery/shapes_and_collections/arrow_guide.py#3
    "matplotlib.patches:ArrowStyle": "",  # app/figure_kinds.py#annotations_and_arrows
    "matplotlib.patches:ArrowStyle.BarAB": "new",  # gallery/text_labels_and_annotations/fancyarrow_demo.py#1
    "matplotlib.patches:ArrowStyle.BracketA": "new",  # gallery/text_labels_and_annotations/fancyarrow_demo.py#1
    "matplotlib.patches:ArrowStyle.BracketAB": "new",  # gallery/text_labels_and_annotations/angles_on_bracket_arrows.py#1
    "matplotlib.patches:ArrowStyle.BracketB": "new",  # gallery/text_labels_and_annotations/fancyarrow_demo.py#1
    "matplotlib.patches:ArrowStyle.BracketCurve": "new",  # gallery/text_labels_and_annotations/fancyarrow_demo.py#1
    "matplotlib.patches:ArrowStyle.Curve": "new",  # gallery/images_contours_and_fields/plot_streamplot.py#2
    "matplotlib.patches:ArrowStyle.CurveA": "new",  # gallery/text_labels_and_annotations/fancyarrow_demo.py#1
    "matplotlib.patches:ArrowStyle.CurveAB": "new",  # gallery/text_labels_and_annotations/annotation_demo.py#4
    "matplotlib.patches:ArrowStyle.CurveB": "new",  # app/figure_kinds.py#annotations_and_arrows
    "matplotlib.patches:ArrowStyle.CurveBracket": "new",  # gallery/text_labels_and_annotations/fancyarrow_demo.py#1
    "matplotlib.patches:ArrowStyle.CurveFilledA": "new",  # gallery/text_labels_and_annotations/fancyarrow_demo.py#1
    "matplotlib.patches:ArrowStyle.CurveFilledAB": "new",  # gallery/text_labels_and_annotations/fancyarrow_demo.py#1
    "matplotlib.patches:ArrowStyle.CurveFilledB": "new",  # app/figure_kinds.py#streamplot
    "matplotlib.patches:ArrowStyle.Fancy": "new",  # gallery/text_labels_and_annotations/annotation_demo.py#5
    "matplotlib.patches:ArrowStyle.Simple": "new",  # gallery/axes_grid1/demo_anchored_direction_arrows.py#1
    "matplotlib.patches:ArrowStyle.Wedge": "new",  # gallery/text_labels_and_annotations/annotation_demo.py#5
    "matplotlib.patches:BoxStyle": "",  # app/figure_kinds.py#annotations_and_arrows
    "matplotlib.patches:BoxStyle.Circle": "new",  # gallery/shapes_and_collections/fancybox_demo.py#1
    "matplotlib.patches:BoxStyle.DArrow": "new",  # gallery/shapes_and_collections/fancybox_demo.py#1
    "matplotlib.patches:BoxStyle.Ellipse": "new",  # gallery/shapes_and_collections/fancybox_demo.py#1
    "matplotlib.patches:BoxStyle.LArrow": "new",  # gallery/shapes_and_collections/fancybox_demo.py#1
    "matplotlib.patches:BoxStyle.RArrow": "new",  # gallery/shapes_and_collections/fancybox_demo.py#1
    "matplotlib.patches:BoxStyle.Round": "new",  # app/figure_kinds.py#annotations_and_arrows
    "matplotlib.patches:BoxStyle.Round4": "new",  # gallery/shapes_and_collections/fancybox_demo.py#1
    "matplotlib.patches:BoxStyle.Roundtooth": "new",  # gallery/shapes_and_collections/fancybox_demo.py#1
    "matplotlib.patches:BoxStyle.Sawtooth": "new",  # gallery/shapes_and_collections/fancybox_demo.py#1
    "matplotlib.patches:BoxStyle.Square": "new",  # corpus_figures/cartopy_maps.py#1
    "matplotlib.patches:Circle": "new",  # app/figure_kinds.py#patches_and_collections
    "matplotlib.patches:ConnectionPatch": "new",  # gallery/images_contours_and_fields/plot_streamplot.py#2
    "matplotlib.patches:ConnectionStyle": "",  # app/figure_kinds.py#annotations_and_arrows
    "matplotlib.patches:ConnectionStyle.Angle": "new",  # gallery/pie_and_polar_charts/pie_and_donut_labels.py#2
    "matplotlib.patches:ConnectionStyle.Angle3": "new",  # gallery/misc/patheffect_demo.py#1
    "matplotlib.patches:ConnectionStyle.Arc": "new",  # gallery/text_labels_and_annotations/annotation_demo.py#4
    "matplotlib.patches:ConnectionStyle.Arc3": "new",  # app/figure_kinds.py#annotations_and_arrows
    "matplotlib.patches:ConnectionStyle.Bar": "new",  # gallery/text_labels_and_annotations/annotation_demo.py#4
    "matplotlib.patches:Ellipse": "new",  # gallery/misc/anchored_artists.py#1
    "matplotlib.patches:FancyArrow": "new",  # app/figure_kinds.py#annotations_and_arrows
    "matplotlib.patches:FancyArrowPatch": "new",  # app/figure_kinds.py#annotations_and_arrows
    "matplotlib.patches:FancyBboxPatch": "new",  # app/figure_kinds.py#annotations_and_arrows
    "matplotlib.patches:PathPatch": "new",  # app/figure_kinds.py#colorbar
    "matplotlib.patches:Polygon": "new",  # app/figure_kinds.py#3d
    "matplotlib.patches:Rectangle": "new",  # app/figure_kinds.py#3d
    "matplotlib.patches:RegularPolygon": "new",  # gallery/shapes_and_collections/artist_reference.py#1
    "matplotlib.patches:Shadow": "new",  # gallery/misc/svg_filter_pie.py#1
    "matplotlib.patches:StepPatch": "new",  # gallery/lines_bars_and_markers/stairs_demo.py#1
    "matplotlib.patches:Wedge": "new",  # app/figure_kinds.py#polar
    "matplotlib.path:Path": "new",  # app/figure_kinds.py#3d
    "matplotlib.patheffects:Normal": "new",  # gallery/misc/patheffect_demo.py#1
    "matplotlib.patheffects:Stroke": "new",  # gallery/misc/patheffect_demo.py#1
    "matplotlib.patheffects:withSimplePatchShadow": "new",  # gallery/misc/patheffect_demo.py#1
    "matplotlib.patheffects:withStroke": "new",  # gallery/axes_grid1/demo_axes_grid2.py#1
    "matplotlib.patheffects:withTickedStroke": "new",  # gallery/images_contours_and_fields/contours_in_optimization_demo.py#1
    "matplotlib.projections.geo:AitoffAxes": "new",  # gallery/subplots_axes_and_figures/geo_demo.py#1
    "matplotlib.projections.geo:AitoffAxes.AitoffTransform": "new",  # gallery/subplots_axes_and_figures/geo_demo.py#1
    "matplotlib.projections.geo:GeoAxes": "",  # gallery/subplots_axes_and_figures/geo_demo.py#1
    "matplotlib.projections.geo:GeoAxes.ThetaFormatter": "new",  # gallery/subplots_axes_and_figures/geo_demo.py#1
    "matplotlib.projections.geo:HammerAxes": "new",  # gallery/subplots_axes_and_figures/geo_demo.py#2
    "matplotlib.projections.geo:HammerAxes.HammerTransform": "new",  # gallery/subplots_axes_and_figures/geo_demo.py#2
    "matplotlib.projections.geo:LambertAxes": "new",  # gallery/subplots_axes_and_figures/geo_demo.py#3
    "matplotlib.projections.geo:LambertAxes.LambertTransform": "new",  # gallery/subplots_axes_and_figures/geo_demo.py#3
    "matplotlib.projections.geo:MollweideAxes": "new",  # gallery/subplots_axes_and_figures/geo_demo.py#4
    "matplotlib.projections.geo:MollweideAxes.MollweideTransform": "new",  # gallery/subplots_axes_and_figures/geo_demo.py#4
    "matplotlib.projections.polar:PolarAffine": "new",  # app/figure_kinds.py#polar
    "matplotlib.projections.polar:PolarAxes": "new",  # app/figure_kinds.py#polar
    "matplotlib.projections.polar:PolarTransform": "new",  # app/figure_kinds.py#polar
    "matplotlib.projections.polar:RadialAxis": "new",  # app/figure_kinds.py#polar
    "matplotlib.projections.polar:RadialLocator": "new",  # app/figure_kinds.py#polar
    "matplotlib.projections.polar:RadialTick": "new",  # app/figure_kinds.py#polar
    "matplotlib.projections.polar:ThetaAxis": "new",  # app/figure_kinds.py#polar
    "matplotlib.projections.polar:ThetaFormatter": "new",  # app/figure_kinds.py#polar
    "matplotlib.projections.polar:ThetaLocator": "new",  # app/figure_kinds.py#polar
    "matplotlib.projections.polar:ThetaTick": "new",  # app/figure_kinds.py#polar
    "matplotlib.projections.polar:_AxisWrapper": "new",  # app/figure_kinds.py#polar
    "matplotlib.projections.polar:_ThetaShift": "new",  # app/figure_kinds.py#polar
    "matplotlib.projections.polar:_WedgeBbox": "new",  # app/figure_kinds.py#polar
    "matplotlib.quiver:Barbs": "new",  # app/figure_kinds.py#quiver
    "matplotlib.quiver:Quiver": "new",  # app/figure_kinds.py#quiver
    "matplotlib.quiver:QuiverKey": "new",  # app/figure_kinds.py#quiver
    "matplotlib.scale:AsinhScale": "new",  # gallery/images_contours_and_fields/colormap_normalizations_symlognorm.py#2
    "matplotlib.scale:AsinhTransform": "new",  # gallery/images_contours_and_fields/colormap_normalizations_symlognorm.py#2
    "matplotlib.scale:FuncScale": "new",  # corpus_figures/cartopy_maps.py#2
    "matplotlib.scale:FuncTransform": "new",  # corpus_figures/cartopy_maps.py#2
    "matplotlib.scale:LinearScale": "new",  # app/figure_kinds.py#3d
    "matplotlib.scale:LogScale": "new",  # app/figure_kinds.py#colorbar
    "matplotlib.scale:LogTransform": "new",  # app/figure_kinds.py#colorbar
    "matplotlib.scale:LogitScale": "new",  # gallery/scales/logit_demo.py#1
    "matplotlib.scale:LogitTransform": "new",  # gallery/scales/logit_demo.py#1
    "matplotlib.scale:SymmetricalLogScale": "new",  # app/figure_kinds.py#log_and_symlog_scales
    "matplotlib.scale:SymmetricalLogTransform": "new",  # app/figure_kinds.py#log_and_symlog_scales
    "matplotlib.spines:Spine": "new",  # app/figure_kinds.py#3d
    "matplotlib.spines:Spines": "new",  # app/figure_kinds.py#3d
    "matplotlib.table:Cell": "new",  # app/figure_kinds.py#table
    "matplotlib.table:Table": "new",  # app/figure_kinds.py#table
    "matplotlib.text:Annotation": "new",  # app/figure_kinds.py#annotations_and_arrows
    "matplotlib.text:OffsetFrom": "new",  # gallery/text_labels_and_annotations/annotation_demo.py#6
    "matplotlib.text:Text": "new",  # app/figure_kinds.py#3d
    "matplotlib.textpath:TextPath": "new",  # gallery/axes_grid1/demo_anchored_direction_arrows.py#1
    "matplotlib.ticker:AsinhLocator": "new",  # gallery/images_contours_and_fields/colormap_normalizations_symlognorm.py#2
    "matplotlib.ticker:AutoLocator": "new",  # app/figure_kinds.py#3d
    "matplotlib.ticker:AutoMinorLocator": "new",  # gallery/color/colorbar_basics.py#1
    "matplotlib.ticker:EngFormatter": "new",  # gallery/ticks/engformatter_offset.py#1
    "matplotlib.ticker:FixedFormatter": "new",  # app/figure_kinds.py#violin_and_boxplot
    "matplotlib.ticker:FixedLocator": "new",  # app/figure_kinds.py#colorbar
    "matplotlib.ticker:FuncFormatter": "new",  # corpus_figures/pandas_frames.py#1
    "matplotlib.ticker:IndexLocator": "new",  # gallery/ticks/tick-locators.py#1
    "matplotlib.ticker:LinearLocator": "new",  # gallery/mplot3d/surface3d.py#1
    "matplotlib.ticker:LogFormatterMathtext": "new",  # gallery/images_contours_and_fields/contour_label_demo.py#3
    "matplotlib.ticker:LogFormatterSciNotation": "new",  # app/figure_kinds.py#colorbar
    "matplotlib.ticker:LogLocator": "new",  # app/figure_kinds.py#colorbar
    "matplotlib.ticker:LogitFormatter": "new",  # gallery/scales/logit_demo.py#1
    "matplotlib.ticker:LogitLocator": "new",  # gallery/scales/logit_demo.py#1
    "matplotlib.ticker:MaxNLocator": "new",  # app/figure_kinds.py#contour
    "matplotlib.ticker:MultipleLocator": "new",  # gallery/lines_bars_and_markers/stackplot_demo.py#1
    "matplotlib.ticker:NullFormatter": "new",  # app/figure_kinds.py#3d
    "matplotlib.ticker:NullLocator": "new",  # app/figure_kinds.py#3d
    "matplotlib.ticker:PercentFormatter": "new",  # gallery/statistics/hist.py#2
    "matplotlib.ticker:ScalarFormatter": "new",  # app/figure_kinds.py#3d
    "matplotlib.ticker:StrMethodFormatter": "new",  # gallery/mplot3d/surface3d.py#1
    "matplotlib.ticker:SymmetricalLogLocator": "new",  # app/figure_kinds.py#log_and_symlog_scales
    "matplotlib.ticker:_DummyAxis": "new",  # app/figure_kinds.py#contour
    "matplotlib.ticker:_Edge_integer": "new",  # gallery/lines_bars_and_markers/stackplot_demo.py#1
    "matplotlib.transforms:Affine2D": "new",  # app/figure_kinds.py#3d
    "matplotlib.transforms:AffineDeltaTransform": "new",  # app/figure_kinds.py#hexbin
    "matplotlib.transforms:Bbox": "new",  # app/figure_kinds.py#3d
    "matplotlib.transforms:BboxTransformFrom": "new",  # app/figure_kinds.py#3d
    "matplotlib.transforms:BboxTransformTo": "new",  # app/figure_kinds.py#3d
    "matplotlib.transforms:BlendedAffine2D": "new",  # app/figure_kinds.py#3d
    "matplotlib.transforms:BlendedGenericTransform": "new",  # app/figure_kinds.py#3d
    "matplotlib.transforms:CompositeAffine2D": "new",  # app/figure_kinds.py#legend
    "matplotlib.transforms:CompositeGenericTransform": "new",  # app/figure_kinds.py#3d
    "matplotlib.transforms:IdentityTransform": "new",  # app/figure_kinds.py#3d
    "matplotlib.transforms:LockableBbox": "new",  # app/figure_kinds.py#polar
    "matplotlib.transforms:ScaledTranslation": "new",  # app/figure_kinds.py#3d
    "matplotlib.transforms:TransformWrapper": "new",  # app/figure_kinds.py#3d
    "matplotlib.transforms:TransformedBbox": "new",  # app/figure_kinds.py#3d
    "matplotlib.transforms:TransformedPatchPath": "new",  # app/figure_kinds.py#polar
    "matplotlib.transforms:TransformedPath": "new",  # app/figure_kinds.py#lines
    "matplotlib.transforms:_ScaledRotation": "new",  # gallery/pie_and_polar_charts/polar_error_caps.py#1
    "matplotlib.tri._triangulation:Triangulation": "new",  # gallery/images_contours_and_fields/tripcolor_demo.py#2
    "matplotlib.tri._tricontour:TriContourSet": "new",  # gallery/images_contours_and_fields/irregulardatagrid.py#1
    "mpl_toolkits.axes_grid1.anchored_artists:AnchoredDirectionArrows": "new",  # gallery/axes_grid1/demo_anchored_direction_arrows.py#1
    "mpl_toolkits.axes_grid1.anchored_artists:AnchoredDrawingArea": "new",  # gallery/axes_grid1/simple_anchored_artists.py#1
    "mpl_toolkits.axes_grid1.anchored_artists:AnchoredSizeBar": "new",  # gallery/axes_grid1/inset_locator_demo2.py#1
    "mpl_toolkits.axes_grid1.axes_divider:AxesDivider": "new",  # gallery/axes_grid1/demo_axes_divider.py#1
    "mpl_toolkits.axes_grid1.axes_divider:Divider": "new",  # gallery/axes_grid1/demo_fixed_size_axes.py#1
    "mpl_toolkits.axes_grid1.axes_divider:HBoxDivider": "new",  # gallery/axes_grid1/demo_axes_hbox_divider.py#1
    "mpl_toolkits.axes_grid1.axes_divider:SubplotDivider": "new",  # gallery/axes_grid1/demo_axes_divider.py#1
    "mpl_toolkits.axes_grid1.axes_divider:VBoxDivider": "new",  # gallery/axes_grid1/demo_axes_hbox_divider.py#2
    "mpl_toolkits.axes_grid1.axes_grid:CbarAxesBase": "",  # gallery/axes_grid1/demo_axes_grid.py#1
    "mpl_toolkits.axes_grid1.axes_size:Add": "new",  # gallery/axes_grid1/make_room_for_ylabel_using_axesgrid.py#1
    "mpl_toolkits.axes_grid1.axes_size:AxesX": "new",  # gallery/axes_grid1/demo_axes_divider.py#1
    "mpl_toolkits.axes_grid1.axes_size:AxesY": "new",  # gallery/axes_grid1/demo_axes_divider.py#1
    "mpl_toolkits.axes_grid1.axes_size:Fixed": "new",  # gallery/axes_grid1/demo_axes_divider.py#1
    "mpl_toolkits.axes_grid1.axes_size:Fraction": "new",  # gallery/axes_grid1/demo_axes_divider.py#1
    "mpl_toolkits.axes_grid1.axes_size:Scaled": "new",  # gallery/axes_grid1/demo_axes_hbox_divider.py#1
    "mpl_toolkits.axes_grid1.axes_size:_AxesDecorationsSize": "new",  # gallery/axes_grid1/make_room_for_ylabel_using_axesgrid.py#1
    "mpl_toolkits.axes_grid1.inset_locator:AnchoredSizeLocator": "new",  # gallery/axes_grid1/demo_colorbar_with_inset_locator.py#1
    "mpl_toolkits.axes_grid1.inset_locator:AnchoredZoomLocator": "new",  # gallery/axes_grid1/inset_locator_demo2.py#1
    "mpl_toolkits.axes_grid1.inset_locator:BboxConnector": "new",  # gallery/axes_grid1/inset_locator_demo2.py#1
    "mpl_toolkits.axes_grid1.inset_locator:BboxConnectorPatch": "new",  # gallery/subplots_axes_and_figures/axes_zoom_effect.py#1
    "mpl_toolkits.axes_grid1.inset_locator:BboxPatch": "new",  # gallery/axes_grid1/inset_locator_demo2.py#1
    "mpl_toolkits.axes_grid1.inset_locator:_TransformedBboxWithCallback": "new",  # gallery/axes_grid1/inset_locator_demo2.py#1
    "mpl_toolkits.axes_grid1.mpl_axes:Axes": "new",  # gallery/axes_grid1/demo_axes_grid.py#1
    "mpl_toolkits.axes_grid1.mpl_axes:Axes.AxisDict": "new",  # gallery/axes_grid1/demo_axes_grid.py#1
    "mpl_toolkits.axes_grid1.mpl_axes:SimpleAxisArtist": "new",  # gallery/axes_grid1/demo_axes_grid.py#1
    "mpl_toolkits.axes_grid1.parasite_axes:HostAxesBase": "",  # gallery/axes_grid1/demo_colorbar_with_inset_locator.py#1
    "mpl_toolkits.axes_grid1.parasite_axes:ParasiteAxesBase": "",  # gallery/axes_grid1/parasite_simple.py#1
    "mpl_toolkits.axisartist.angle_helper:ExtremeFinderCycle": "new",  # gallery/axisartist/demo_axis_direction.py#1
    "mpl_toolkits.axisartist.angle_helper:FormatterDMS": "new",  # gallery/axisartist/demo_axis_direction.py#1
    "mpl_toolkits.axisartist.angle_helper:LocatorDMS": "new",  # gallery/axisartist/demo_axis_direction.py#1
    "mpl_toolkits.axisartist.axis_artist:AxisArtist": "new",  # gallery/axisartist/axis_direction.py#1
    "mpl_toolkits.axisartist.axis_artist:AxisLabel": "new",  # gallery/axisartist/axis_direction.py#1
    "mpl_toolkits.axisartist.axis_artist:GridlinesCollection": "new",  # gallery/axisartist/axis_direction.py#1
    "mpl_toolkits.axisartist.axis_artist:TickLabels": "new",  # gallery/axisartist/axis_direction.py#1
    "mpl_toolkits.axisartist.axis_artist:Ticks": "new",  # gallery/axisartist/axis_direction.py#1
    "mpl_toolkits.axisartist.axisline_style:AxislineStyle": "",  # gallery/axisartist/axis_direction.py#1
    "mpl_toolkits.axisartist.axisline_style:AxislineStyle.FilledArrow": "new",  # gallery/axisartist/demo_axisline_style.py#1
    "mpl_toolkits.axisartist.axisline_style:AxislineStyle.SimpleArrow": "new",  # gallery/axisartist/axis_direction.py#1
    "mpl_toolkits.axisartist.axisline_style:_FancyAxislineStyle": "",  # gallery/axisartist/axis_direction.py#1
    "mpl_toolkits.axisartist.axisline_style:_FancyAxislineStyle.FilledArrow": "new",  # gallery/axisartist/demo_axisline_style.py#1
    "mpl_toolkits.axisartist.axisline_style:_FancyAxislineStyle.SimpleArrow": "new",  # gallery/axisartist/axis_direction.py#1
    "mpl_toolkits.axisartist.axislines:Axes": "new",  # gallery/axisartist/axis_direction.py#1
    "mpl_toolkits.axisartist.axislines:AxesZero": "new",  # gallery/axisartist/demo_axisline_style.py#1
    "mpl_toolkits.axisartist.axislines:FixedAxisArtistHelperRectilinear": "new",  # gallery/axisartist/axis_direction.py#1
    "mpl_toolkits.axisartist.axislines:FloatingAxisArtistHelperRectilinear": "new",  # gallery/axisartist/axis_direction.py#1
    "mpl_toolkits.axisartist.axislines:GridHelperRectlinear": "new",  # gallery/axisartist/axis_direction.py#1
    "mpl_toolkits.axisartist.grid_finder:FormatterPrettyPrint": "new",  # gallery/axisartist/demo_axis_direction.py#1
    "mpl_toolkits.axisartist.grid_finder:GridFinder": "new",  # gallery/axisartist/demo_axis_direction.py#1
    "mpl_toolkits.axisartist.grid_finder:MaxNLocator": "new",  # gallery/axisartist/demo_axis_direction.py#1
    "mpl_toolkits.axisartist.grid_helper_curvelinear:FixedAxisArtistHelper": "new",  # gallery/axisartist/demo_axis_direction.py#1
    "mpl_toolkits.axisartist.grid_helper_curvelinear:FloatingAxisArtistHelper": "new",  # gallery/axisartist/demo_axis_direction.py#1
    "mpl_toolkits.axisartist.grid_helper_curvelinear:GridHelperCurveLinear": "new",  # gallery/axisartist/demo_axis_direction.py#1
    "mpl_toolkits.mplot3d.art3d:Collection3D": "",  # gallery/mplot3d/box3d.py#1
    "mpl_toolkits.mplot3d.art3d:Line3D": "new",  # gallery/mplot3d/2dcollections3d.py#1
    "mpl_toolkits.mplot3d.art3d:Line3DCollection": "new",  # app/figure_kinds.py#3d
    "mpl_toolkits.mplot3d.art3d:Patch3D": "new",  # gallery/mplot3d/bars3d.py#1
    "mpl_toolkits.mplot3d.art3d:Path3DCollection": "new",  # app/figure_kinds.py#3d
    "mpl_toolkits.mplot3d.art3d:Poly3DCollection": "new",  # app/figure_kinds.py#3d
    "mpl_toolkits.mplot3d.art3d:Text3D": "new",  # gallery/mplot3d/text3d.py#1
    "mpl_toolkits.mplot3d.axes3d:Axes3D": "new",  # app/figure_kinds.py#3d
    "mpl_toolkits.mplot3d.axis3d:XAxis": "new",  # app/figure_kinds.py#3d
    "mpl_toolkits.mplot3d.axis3d:YAxis": "new",  # app/figure_kinds.py#3d
    "mpl_toolkits.mplot3d.axis3d:ZAxis": "new",  # app/figure_kinds.py#3d
    "numpy._core.multiarray:_reconstruct": "call",  # app/figure_kinds.py#3d
    "numpy._core.multiarray:scalar": "call",  # app/figure_kinds.py#3d
    "numpy._core.numeric:_frombuffer": "call",  # app/figure_kinds.py#3d
    "numpy.ma.core:_mareconstruct": "call",  # app/figure_kinds.py#3d
    "numpy.ma:MaskedArray": "",  # app/figure_kinds.py#3d
    "numpy:average": "",  # app/figure_kinds.py#3d
    "numpy:dtype": "call",  # app/figure_kinds.py#3d
    "numpy:log": "",  # app/figure_kinds.py#colorbar
    "numpy:log10": "",  # app/figure_kinds.py#colorbar
    "numpy:log2": "",  # app/figure_kinds.py#colorbar
    "numpy:ndarray": "",  # app/figure_kinds.py#3d
    "pandas._libs.arrays:__pyx_unpickle_NDArrayBacked": "call",  # corpus_figures/pandas_timeseries.py#1
    "pandas._libs.tslibs.offsets:Day": "call",  # corpus_figures/pandas_timeseries.py#1
    "pandas._libs.tslibs.offsets:Hour": "call",  # corpus_figures/pandas_timeseries.py#5
    "pandas._libs.tslibs.offsets:MonthEnd": "call",  # corpus_figures/pandas_timeseries.py#4
    "pandas.arrays:PeriodArray": "",  # corpus_figures/pandas_timeseries.py#1
    "pandas.core.indexes.base:_new_Index": "call",  # corpus_figures/pandas_timeseries.py#1
    "pandas.core.internals.managers:SingleBlockManager": "new",  # corpus_figures/pandas_timeseries.py#1
    "pandas.plotting._matplotlib.converter:PeriodConverter": "new",  # corpus_figures/pandas_timeseries.py#1
    "pandas.plotting._matplotlib.converter:TimeSeries_DateFormatter": "new",  # corpus_figures/pandas_timeseries.py#1
    "pandas.plotting._matplotlib.converter:TimeSeries_DateLocator": "new",  # corpus_figures/pandas_timeseries.py#1
    "pandas.plotting._matplotlib.converter:_daily_finder": "",  # corpus_figures/pandas_timeseries.py#1
    "pandas.plotting._matplotlib.converter:_monthly_finder": "",  # corpus_figures/pandas_timeseries.py#4
    "pandas.plotting._matplotlib.timeseries:_format_coord": "call",  # corpus_figures/pandas_timeseries.py#1
    "pandas:PeriodDtype": "call",  # corpus_figures/pandas_timeseries.py#1
    "pandas:PeriodIndex": "",  # corpus_figures/pandas_timeseries.py#1
    "pandas:Series": "new",  # corpus_figures/pandas_timeseries.py#1
    "seaborn.categorical:BoxPlotContainer": "new",  # corpus_figures/seaborn_axes.py#4
    "shapely.geometry.polygon:_unpickle_linearring": "call",  # corpus_figures/cartopy_maps.py#2
    "shapely.io:from_wkb": "call",  # corpus_figures/cartopy_maps.py#1
}

# Types whose instances have their state set (BUILD).
BUILD = frozenset(
    {
        "cartopy.crs:Globe",  # corpus_figures/cartopy_maps.py#1
        "cartopy.mpl.contour:GeoContourSet",  # corpus_figures/cartopy_maps.py#2
        "cartopy.mpl.geoaxes:GeoAxes",  # corpus_figures/cartopy_maps.py#1
        "cartopy.mpl.geoaxes:GeoSpine",  # corpus_figures/cartopy_maps.py#1
        "cartopy.mpl.geoaxes:InterProjectionTransform",  # corpus_figures/cartopy_maps.py#1
        "cartopy.mpl.geoaxes:_ViewClippedPathPatch",  # corpus_figures/cartopy_maps.py#1
        "cartopy.mpl.geocollection:GeoQuadMesh",  # corpus_figures/cartopy_maps.py#3
        "cartopy.mpl.gridliner:Gridliner",  # corpus_figures/cartopy_maps.py#1
        "cartopy.mpl.gridliner:Label",  # corpus_figures/cartopy_maps.py#1
        "cartopy.mpl.ticker:LatitudeFormatter",  # corpus_figures/cartopy_maps.py#1
        "cartopy.mpl.ticker:LatitudeLocator",  # corpus_figures/cartopy_maps.py#1
        "cartopy.mpl.ticker:LongitudeFormatter",  # corpus_figures/cartopy_maps.py#1
        "cartopy.mpl.ticker:LongitudeLocator",  # corpus_figures/cartopy_maps.py#1
        "dateutil.rrule:rrule",  # gallery/lines_bars_and_markers/timeline.py#1
        "dateutil.rrule:weekday",  # gallery/ticks/date_formatters_locators.py#1
        "functools:partial",  # app/figure_kinds.py#3d
        "matplotlib.axes._axes:Axes",  # app/figure_kinds.py#annotations_and_arrows
        "matplotlib.axes._base:_PropCycle",  # app/figure_kinds.py#3d
        "matplotlib.axes._base:_TransformedBoundsLocator",  # app/figure_kinds.py#inset_axes
        "matplotlib.axes._base:_process_plot_var_args",  # app/figure_kinds.py#3d
        "matplotlib.axis:Ticker",  # app/figure_kinds.py#3d
        "matplotlib.axis:XAxis",  # app/figure_kinds.py#annotations_and_arrows
        "matplotlib.axis:XTick",  # app/figure_kinds.py#3d
        "matplotlib.axis:YAxis",  # app/figure_kinds.py#annotations_and_arrows
        "matplotlib.axis:YTick",  # app/figure_kinds.py#annotations_and_arrows
        "matplotlib.category:StrCategoryFormatter",  # app/figure_kinds.py#bar
        "matplotlib.category:StrCategoryLocator",  # app/figure_kinds.py#bar
        "matplotlib.category:UnitData",  # app/figure_kinds.py#bar
        "matplotlib.cbook:CallbackRegistry",  # app/figure_kinds.py#3d
        "matplotlib.cbook:Grouper",  # app/figure_kinds.py#3d
        "matplotlib.cbook:_OrderedSet",  # app/figure_kinds.py#3d
        "matplotlib.collections:EllipseCollection",  # gallery/shapes_and_collections/ellipse_collection.py#1
        "matplotlib.collections:EventCollection",  # gallery/lines_bars_and_markers/eventcollection_demo.py#1
        "matplotlib.collections:FillBetweenPolyCollection",  # app/figure_kinds.py#fill_between
        "matplotlib.collections:LineCollection",  # app/figure_kinds.py#bar
        "matplotlib.collections:PatchCollection",  # app/figure_kinds.py#patches_and_collections
        "matplotlib.collections:PathCollection",  # app/figure_kinds.py#legend
        "matplotlib.collections:PolyCollection",  # app/figure_kinds.py#hexbin
        "matplotlib.collections:PolyQuadMesh",  # corpus_figures/cartopy_maps.py#3
        "matplotlib.collections:QuadMesh",  # app/figure_kinds.py#colorbar
        "matplotlib.collections:RegularPolyCollection",  # gallery/shapes_and_collections/collections.py#1
        "matplotlib.collections:TriMesh",  # gallery/images_contours_and_fields/tripcolor_demo.py#2
        "matplotlib.colorbar:Colorbar",  # app/figure_kinds.py#colorbar
        "matplotlib.colorbar:_ColorbarAxesLocator",  # app/figure_kinds.py#colorbar
        "matplotlib.colorbar:_ColorbarSpine",  # app/figure_kinds.py#colorbar
        "matplotlib.colorizer:Colorizer",  # app/figure_kinds.py#3d
        "matplotlib.colorizer:_ScalarMappable",  # gallery/images_contours_and_fields/contourf_demo.py#2
        "matplotlib.colors:AsinhNorm",  # gallery/images_contours_and_fields/colormap_normalizations_symlognorm.py#2
        "matplotlib.colors:BoundaryNorm",  # gallery/color/colorbar_histogram.py#1
        "matplotlib.colors:LinearSegmentedColormap",  # app/figure_kinds.py#contourf
        "matplotlib.colors:ListedColormap",  # app/figure_kinds.py#3d
        "matplotlib.colors:LogNorm",  # app/figure_kinds.py#colorbar
        "matplotlib.colors:NoNorm",  # app/figure_kinds.py#contour
        "matplotlib.colors:Normalize",  # app/figure_kinds.py#3d
        "matplotlib.colors:PowerNorm",  # gallery/images_contours_and_fields/colormap_normalizations.py#2
        "matplotlib.colors:SymLogNorm",  # gallery/images_contours_and_fields/colormap_normalizations.py#3
        "matplotlib.container:BarContainer",  # app/figure_kinds.py#bar
        "matplotlib.container:ErrorbarContainer",  # app/figure_kinds.py#bar
        "matplotlib.container:StemContainer",  # gallery/lines_bars_and_markers/stem_plot.py#1
        "matplotlib.contour:ContourSet",  # gallery/misc/contour_manual.py#1
        "matplotlib.contour:QuadContourSet",  # app/figure_kinds.py#contour
        "matplotlib.dates:AutoDateFormatter",  # app/figure_kinds.py#date_axis
        "matplotlib.dates:AutoDateLocator",  # app/figure_kinds.py#date_axis
        "matplotlib.dates:ConciseDateConverter",  # gallery/ticks/date_concise_formatter.py#3
        "matplotlib.dates:ConciseDateFormatter",  # app/figure_kinds.py#date_axis
        "matplotlib.dates:DateFormatter",  # app/figure_kinds.py#date_axis
        "matplotlib.dates:DayLocator",  # gallery/ticks/date_demo_convert.py#1
        "matplotlib.dates:HourLocator",  # gallery/ticks/date_demo_convert.py#1
        "matplotlib.dates:MicrosecondLocator",  # gallery/ticks/date_formatters_locators.py#1
        "matplotlib.dates:MinuteLocator",  # gallery/ticks/date_formatters_locators.py#1
        "matplotlib.dates:MonthLocator",  # gallery/ticks/centered_ticklabels.py#1
        "matplotlib.dates:RRuleLocator",  # gallery/ticks/date_demo_rrule.py#1
        "matplotlib.dates:SecondLocator",  # gallery/ticks/date_formatters_locators.py#1
        "matplotlib.dates:WeekdayLocator",  # gallery/ticks/date_formatters_locators.py#1
        "matplotlib.dates:YearLocator",  # gallery/lines_bars_and_markers/timeline.py#1
        "matplotlib.dates:rrulewrapper",  # gallery/lines_bars_and_markers/timeline.py#1
        "matplotlib.figure:Figure",  # app/figure_kinds.py#3d
        "matplotlib.figure:SubFigure",  # app/figure_kinds.py#subfigures
        "matplotlib.figure:_AxesStack",  # app/figure_kinds.py#3d
        "matplotlib.font_manager:FontProperties",  # app/figure_kinds.py#3d
        "matplotlib.gridspec:GridSpec",  # app/figure_kinds.py#3d
        "matplotlib.gridspec:GridSpecFromSubplotSpec",  # corpus_figures/cartopy_maps.py#2
        "matplotlib.gridspec:SubplotParams",  # app/figure_kinds.py#3d
        "matplotlib.gridspec:SubplotSpec",  # app/figure_kinds.py#3d
        "matplotlib.image:AxesImage",  # app/figure_kinds.py#colorbar
        "matplotlib.image:BboxImage",  # gallery/images_contours_and_fields/demo_bboximage.py#1
        "matplotlib.image:FigureImage",  # gallery/images_contours_and_fields/figimage_demo.py#1
        "matplotlib.image:NonUniformImage",  # gallery/images_contours_and_fields/image_nonuniform.py#1
        "matplotlib.inset:InsetIndicator",  # app/figure_kinds.py#inset_axes
        "matplotlib.layout_engine:ConstrainedLayoutEngine",  # app/figure_kinds.py#colorbar
        "matplotlib.layout_engine:PlaceHolderLayoutEngine",  # corpus_figures/seaborn_clustermap.py#1
        "matplotlib.layout_engine:TightLayoutEngine",  # gallery/statistics/hist.py#1
        "matplotlib.legend:DraggableLegend",  # app/figure_kinds.py#legend
        "matplotlib.legend:Legend",  # app/figure_kinds.py#legend
        "matplotlib.legend_handler:HandlerTuple",  # gallery/text_labels_and_annotations/legend_demo.py#4
        "matplotlib.lines:AxLine",  # gallery/lines_bars_and_markers/axline.py#1
        "matplotlib.lines:Line2D",  # app/figure_kinds.py#3d
        "matplotlib.markers:MarkerStyle",  # app/figure_kinds.py#3d
        "matplotlib.offsetbox:AnchoredOffsetbox",  # gallery/misc/anchored_artists.py#1
        "matplotlib.offsetbox:AnchoredText",  # gallery/axes_grid1/demo_axes_grid2.py#1
        "matplotlib.offsetbox:AnnotationBbox",  # gallery/text_labels_and_annotations/demo_annotation_box.py#1
        "matplotlib.offsetbox:AuxTransformBox",  # gallery/axes_grid1/demo_anchored_direction_arrows.py#1
        "matplotlib.offsetbox:DraggableAnnotation",  # gallery/text_labels_and_annotations/annotation_demo.py#6
        "matplotlib.offsetbox:DrawingArea",  # app/figure_kinds.py#legend
        "matplotlib.offsetbox:HPacker",  # app/figure_kinds.py#legend
        "matplotlib.offsetbox:OffsetImage",  # gallery/text_labels_and_annotations/demo_annotation_box.py#2
        "matplotlib.offsetbox:TextArea",  # app/figure_kinds.py#legend
        "matplotlib.offsetbox:VPacker",  # app/figure_kinds.py#legend
        "matplotlib.patches:Annulus",  # gallery/text_labels_and_annotations/demo_annotation_box.py#3
        "matplotlib.patches:Arrow",  # gallery/shapes_and_collections/arrow_guide.py#3
        "matplotlib.patches:ArrowStyle.BarAB",  # gallery/text_labels_and_annotations/fancyarrow_demo.py#1
        "matplotlib.patches:ArrowStyle.BracketA",  # gallery/text_labels_and_annotations/fancyarrow_demo.py#1
        "matplotlib.patches:ArrowStyle.BracketAB",  # gallery/text_labels_and_annotations/angles_on_bracket_arrows.py#1
        "matplotlib.patches:ArrowStyle.BracketB",  # gallery/text_labels_and_annotations/fancyarrow_demo.py#1
        "matplotlib.patches:ArrowStyle.BracketCurve",  # gallery/text_labels_and_annotations/fancyarrow_demo.py#1
        "matplotlib.patches:ArrowStyle.Curve",  # gallery/images_contours_and_fields/plot_streamplot.py#2
        "matplotlib.patches:ArrowStyle.CurveA",  # gallery/text_labels_and_annotations/fancyarrow_demo.py#1
        "matplotlib.patches:ArrowStyle.CurveAB",  # gallery/text_labels_and_annotations/annotation_demo.py#4
        "matplotlib.patches:ArrowStyle.CurveB",  # app/figure_kinds.py#annotations_and_arrows
        "matplotlib.patches:ArrowStyle.CurveBracket",  # gallery/text_labels_and_annotations/fancyarrow_demo.py#1
        "matplotlib.patches:ArrowStyle.CurveFilledA",  # gallery/text_labels_and_annotations/fancyarrow_demo.py#1
        "matplotlib.patches:ArrowStyle.CurveFilledAB",  # gallery/text_labels_and_annotations/fancyarrow_demo.py#1
        "matplotlib.patches:ArrowStyle.CurveFilledB",  # app/figure_kinds.py#streamplot
        "matplotlib.patches:ArrowStyle.Fancy",  # gallery/text_labels_and_annotations/annotation_demo.py#5
        "matplotlib.patches:ArrowStyle.Simple",  # gallery/axes_grid1/demo_anchored_direction_arrows.py#1
        "matplotlib.patches:ArrowStyle.Wedge",  # gallery/text_labels_and_annotations/annotation_demo.py#5
        "matplotlib.patches:BoxStyle.Circle",  # gallery/shapes_and_collections/fancybox_demo.py#1
        "matplotlib.patches:BoxStyle.DArrow",  # gallery/shapes_and_collections/fancybox_demo.py#1
        "matplotlib.patches:BoxStyle.Ellipse",  # gallery/shapes_and_collections/fancybox_demo.py#1
        "matplotlib.patches:BoxStyle.LArrow",  # gallery/shapes_and_collections/fancybox_demo.py#1
        "matplotlib.patches:BoxStyle.RArrow",  # gallery/shapes_and_collections/fancybox_demo.py#1
        "matplotlib.patches:BoxStyle.Round",  # app/figure_kinds.py#annotations_and_arrows
        "matplotlib.patches:BoxStyle.Round4",  # gallery/shapes_and_collections/fancybox_demo.py#1
        "matplotlib.patches:BoxStyle.Roundtooth",  # gallery/shapes_and_collections/fancybox_demo.py#1
        "matplotlib.patches:BoxStyle.Sawtooth",  # gallery/shapes_and_collections/fancybox_demo.py#1
        "matplotlib.patches:BoxStyle.Square",  # corpus_figures/cartopy_maps.py#1
        "matplotlib.patches:Circle",  # app/figure_kinds.py#patches_and_collections
        "matplotlib.patches:ConnectionPatch",  # gallery/images_contours_and_fields/plot_streamplot.py#2
        "matplotlib.patches:ConnectionStyle.Angle",  # gallery/pie_and_polar_charts/pie_and_donut_labels.py#2
        "matplotlib.patches:ConnectionStyle.Angle3",  # gallery/misc/patheffect_demo.py#1
        "matplotlib.patches:ConnectionStyle.Arc",  # gallery/text_labels_and_annotations/annotation_demo.py#4
        "matplotlib.patches:ConnectionStyle.Arc3",  # app/figure_kinds.py#annotations_and_arrows
        "matplotlib.patches:ConnectionStyle.Bar",  # gallery/text_labels_and_annotations/annotation_demo.py#4
        "matplotlib.patches:Ellipse",  # gallery/misc/anchored_artists.py#1
        "matplotlib.patches:FancyArrow",  # app/figure_kinds.py#annotations_and_arrows
        "matplotlib.patches:FancyArrowPatch",  # app/figure_kinds.py#annotations_and_arrows
        "matplotlib.patches:FancyBboxPatch",  # app/figure_kinds.py#annotations_and_arrows
        "matplotlib.patches:PathPatch",  # app/figure_kinds.py#colorbar
        "matplotlib.patches:Polygon",  # app/figure_kinds.py#3d
        "matplotlib.patches:Rectangle",  # app/figure_kinds.py#3d
        "matplotlib.patches:RegularPolygon",  # gallery/shapes_and_collections/artist_reference.py#1
        "matplotlib.patches:Shadow",  # gallery/misc/svg_filter_pie.py#1
        "matplotlib.patches:StepPatch",  # gallery/lines_bars_and_markers/stairs_demo.py#1
        "matplotlib.patches:Wedge",  # app/figure_kinds.py#polar
        "matplotlib.path:Path",  # app/figure_kinds.py#3d
        "matplotlib.patheffects:Normal",  # gallery/misc/patheffect_demo.py#1
        "matplotlib.patheffects:Stroke",  # gallery/misc/patheffect_demo.py#1
        "matplotlib.patheffects:withSimplePatchShadow",  # gallery/misc/patheffect_demo.py#1
        "matplotlib.patheffects:withStroke",  # gallery/axes_grid1/demo_axes_grid2.py#1
        "matplotlib.patheffects:withTickedStroke",  # gallery/images_contours_and_fields/contours_in_optimization_demo.py#1
        "matplotlib.projections.geo:AitoffAxes",  # gallery/subplots_axes_and_figures/geo_demo.py#1
        "matplotlib.projections.geo:AitoffAxes.AitoffTransform",  # gallery/subplots_axes_and_figures/geo_demo.py#1
        "matplotlib.projections.geo:GeoAxes.ThetaFormatter",  # gallery/subplots_axes_and_figures/geo_demo.py#1
        "matplotlib.projections.geo:HammerAxes",  # gallery/subplots_axes_and_figures/geo_demo.py#2
        "matplotlib.projections.geo:HammerAxes.HammerTransform",  # gallery/subplots_axes_and_figures/geo_demo.py#2
        "matplotlib.projections.geo:LambertAxes",  # gallery/subplots_axes_and_figures/geo_demo.py#3
        "matplotlib.projections.geo:LambertAxes.LambertTransform",  # gallery/subplots_axes_and_figures/geo_demo.py#3
        "matplotlib.projections.geo:MollweideAxes",  # gallery/subplots_axes_and_figures/geo_demo.py#4
        "matplotlib.projections.geo:MollweideAxes.MollweideTransform",  # gallery/subplots_axes_and_figures/geo_demo.py#4
        "matplotlib.projections.polar:PolarAffine",  # app/figure_kinds.py#polar
        "matplotlib.projections.polar:PolarAxes",  # app/figure_kinds.py#polar
        "matplotlib.projections.polar:PolarTransform",  # app/figure_kinds.py#polar
        "matplotlib.projections.polar:RadialAxis",  # app/figure_kinds.py#polar
        "matplotlib.projections.polar:RadialLocator",  # app/figure_kinds.py#polar
        "matplotlib.projections.polar:RadialTick",  # app/figure_kinds.py#polar
        "matplotlib.projections.polar:ThetaAxis",  # app/figure_kinds.py#polar
        "matplotlib.projections.polar:ThetaFormatter",  # app/figure_kinds.py#polar
        "matplotlib.projections.polar:ThetaLocator",  # app/figure_kinds.py#polar
        "matplotlib.projections.polar:ThetaTick",  # app/figure_kinds.py#polar
        "matplotlib.projections.polar:_AxisWrapper",  # app/figure_kinds.py#polar
        "matplotlib.projections.polar:_ThetaShift",  # app/figure_kinds.py#polar
        "matplotlib.projections.polar:_WedgeBbox",  # app/figure_kinds.py#polar
        "matplotlib.quiver:Barbs",  # app/figure_kinds.py#quiver
        "matplotlib.quiver:Quiver",  # app/figure_kinds.py#quiver
        "matplotlib.quiver:QuiverKey",  # app/figure_kinds.py#quiver
        "matplotlib.scale:AsinhScale",  # gallery/images_contours_and_fields/colormap_normalizations_symlognorm.py#2
        "matplotlib.scale:AsinhTransform",  # gallery/images_contours_and_fields/colormap_normalizations_symlognorm.py#2
        "matplotlib.scale:FuncScale",  # corpus_figures/cartopy_maps.py#2
        "matplotlib.scale:FuncTransform",  # corpus_figures/cartopy_maps.py#2
        "matplotlib.scale:LogScale",  # app/figure_kinds.py#colorbar
        "matplotlib.scale:LogTransform",  # app/figure_kinds.py#colorbar
        "matplotlib.scale:LogitScale",  # gallery/scales/logit_demo.py#1
        "matplotlib.scale:LogitTransform",  # gallery/scales/logit_demo.py#1
        "matplotlib.scale:SymmetricalLogScale",  # app/figure_kinds.py#log_and_symlog_scales
        "matplotlib.scale:SymmetricalLogTransform",  # app/figure_kinds.py#log_and_symlog_scales
        "matplotlib.spines:Spine",  # app/figure_kinds.py#3d
        "matplotlib.spines:Spines",  # app/figure_kinds.py#3d
        "matplotlib.table:Cell",  # app/figure_kinds.py#table
        "matplotlib.table:Table",  # app/figure_kinds.py#table
        "matplotlib.text:Annotation",  # app/figure_kinds.py#annotations_and_arrows
        "matplotlib.text:OffsetFrom",  # gallery/text_labels_and_annotations/annotation_demo.py#6
        "matplotlib.text:Text",  # app/figure_kinds.py#3d
        "matplotlib.textpath:TextPath",  # gallery/axes_grid1/demo_anchored_direction_arrows.py#1
        "matplotlib.ticker:AsinhLocator",  # gallery/images_contours_and_fields/colormap_normalizations_symlognorm.py#2
        "matplotlib.ticker:AutoLocator",  # app/figure_kinds.py#3d
        "matplotlib.ticker:AutoMinorLocator",  # gallery/color/colorbar_basics.py#1
        "matplotlib.ticker:EngFormatter",  # gallery/ticks/engformatter_offset.py#1
        "matplotlib.ticker:FixedFormatter",  # app/figure_kinds.py#violin_and_boxplot
        "matplotlib.ticker:FixedLocator",  # app/figure_kinds.py#colorbar
        "matplotlib.ticker:FuncFormatter",  # corpus_figures/pandas_frames.py#1
        "matplotlib.ticker:IndexLocator",  # gallery/ticks/tick-locators.py#1
        "matplotlib.ticker:LinearLocator",  # gallery/mplot3d/surface3d.py#1
        "matplotlib.ticker:LogFormatterMathtext",  # gallery/images_contours_and_fields/contour_label_demo.py#3
        "matplotlib.ticker:LogFormatterSciNotation",  # app/figure_kinds.py#colorbar
        "matplotlib.ticker:LogLocator",  # app/figure_kinds.py#colorbar
        "matplotlib.ticker:LogitFormatter",  # gallery/scales/logit_demo.py#1
        "matplotlib.ticker:LogitLocator",  # gallery/scales/logit_demo.py#1
        "matplotlib.ticker:MaxNLocator",  # app/figure_kinds.py#contour
        "matplotlib.ticker:MultipleLocator",  # gallery/lines_bars_and_markers/stackplot_demo.py#1
        "matplotlib.ticker:NullFormatter",  # app/figure_kinds.py#3d
        "matplotlib.ticker:NullLocator",  # app/figure_kinds.py#3d
        "matplotlib.ticker:PercentFormatter",  # gallery/statistics/hist.py#2
        "matplotlib.ticker:ScalarFormatter",  # app/figure_kinds.py#3d
        "matplotlib.ticker:StrMethodFormatter",  # gallery/mplot3d/surface3d.py#1
        "matplotlib.ticker:SymmetricalLogLocator",  # app/figure_kinds.py#log_and_symlog_scales
        "matplotlib.ticker:_DummyAxis",  # app/figure_kinds.py#contour
        "matplotlib.ticker:_Edge_integer",  # gallery/lines_bars_and_markers/stackplot_demo.py#1
        "matplotlib.transforms:Affine2D",  # app/figure_kinds.py#3d
        "matplotlib.transforms:AffineDeltaTransform",  # app/figure_kinds.py#hexbin
        "matplotlib.transforms:Bbox",  # app/figure_kinds.py#3d
        "matplotlib.transforms:BboxTransformFrom",  # app/figure_kinds.py#3d
        "matplotlib.transforms:BboxTransformTo",  # app/figure_kinds.py#3d
        "matplotlib.transforms:BlendedAffine2D",  # app/figure_kinds.py#3d
        "matplotlib.transforms:BlendedGenericTransform",  # app/figure_kinds.py#3d
        "matplotlib.transforms:CompositeAffine2D",  # app/figure_kinds.py#legend
        "matplotlib.transforms:CompositeGenericTransform",  # app/figure_kinds.py#3d
        "matplotlib.transforms:IdentityTransform",  # app/figure_kinds.py#3d
        "matplotlib.transforms:LockableBbox",  # app/figure_kinds.py#polar
        "matplotlib.transforms:ScaledTranslation",  # app/figure_kinds.py#3d
        "matplotlib.transforms:TransformWrapper",  # app/figure_kinds.py#3d
        "matplotlib.transforms:TransformedBbox",  # app/figure_kinds.py#3d
        "matplotlib.transforms:TransformedPatchPath",  # app/figure_kinds.py#polar
        "matplotlib.transforms:TransformedPath",  # app/figure_kinds.py#lines
        "matplotlib.transforms:_ScaledRotation",  # gallery/pie_and_polar_charts/polar_error_caps.py#1
        "matplotlib.tri._triangulation:Triangulation",  # gallery/images_contours_and_fields/tripcolor_demo.py#2
        "matplotlib.tri._tricontour:TriContourSet",  # gallery/images_contours_and_fields/irregulardatagrid.py#1
        "mpl_toolkits.axes_grid1.anchored_artists:AnchoredDirectionArrows",  # gallery/axes_grid1/demo_anchored_direction_arrows.py#1
        "mpl_toolkits.axes_grid1.anchored_artists:AnchoredDrawingArea",  # gallery/axes_grid1/simple_anchored_artists.py#1
        "mpl_toolkits.axes_grid1.anchored_artists:AnchoredSizeBar",  # gallery/axes_grid1/inset_locator_demo2.py#1
        "mpl_toolkits.axes_grid1.axes_divider:AxesDivider",  # gallery/axes_grid1/demo_axes_divider.py#1
        "mpl_toolkits.axes_grid1.axes_divider:Divider",  # gallery/axes_grid1/demo_fixed_size_axes.py#1
        "mpl_toolkits.axes_grid1.axes_divider:HBoxDivider",  # gallery/axes_grid1/demo_axes_hbox_divider.py#1
        "mpl_toolkits.axes_grid1.axes_divider:SubplotDivider",  # gallery/axes_grid1/demo_axes_divider.py#1
        "mpl_toolkits.axes_grid1.axes_divider:VBoxDivider",  # gallery/axes_grid1/demo_axes_hbox_divider.py#2
        "mpl_toolkits.axes_grid1.axes_grid:CbarAxes",  # gallery/axes_grid1/demo_axes_grid.py#1
        "mpl_toolkits.axes_grid1.axes_size:Add",  # gallery/axes_grid1/make_room_for_ylabel_using_axesgrid.py#1
        "mpl_toolkits.axes_grid1.axes_size:AxesX",  # gallery/axes_grid1/demo_axes_divider.py#1
        "mpl_toolkits.axes_grid1.axes_size:AxesY",  # gallery/axes_grid1/demo_axes_divider.py#1
        "mpl_toolkits.axes_grid1.axes_size:Fixed",  # gallery/axes_grid1/demo_axes_divider.py#1
        "mpl_toolkits.axes_grid1.axes_size:Fraction",  # gallery/axes_grid1/demo_axes_divider.py#1
        "mpl_toolkits.axes_grid1.axes_size:Scaled",  # gallery/axes_grid1/demo_axes_hbox_divider.py#1
        "mpl_toolkits.axes_grid1.axes_size:_AxesDecorationsSize",  # gallery/axes_grid1/make_room_for_ylabel_using_axesgrid.py#1
        "mpl_toolkits.axes_grid1.inset_locator:AnchoredSizeLocator",  # gallery/axes_grid1/demo_colorbar_with_inset_locator.py#1
        "mpl_toolkits.axes_grid1.inset_locator:AnchoredZoomLocator",  # gallery/axes_grid1/inset_locator_demo2.py#1
        "mpl_toolkits.axes_grid1.inset_locator:BboxConnector",  # gallery/axes_grid1/inset_locator_demo2.py#1
        "mpl_toolkits.axes_grid1.inset_locator:BboxConnectorPatch",  # gallery/subplots_axes_and_figures/axes_zoom_effect.py#1
        "mpl_toolkits.axes_grid1.inset_locator:BboxPatch",  # gallery/axes_grid1/inset_locator_demo2.py#1
        "mpl_toolkits.axes_grid1.inset_locator:_TransformedBboxWithCallback",  # gallery/axes_grid1/inset_locator_demo2.py#1
        "mpl_toolkits.axes_grid1.mpl_axes:Axes",  # gallery/axes_grid1/demo_axes_grid.py#1
        "mpl_toolkits.axes_grid1.mpl_axes:Axes.AxisDict",  # gallery/axes_grid1/demo_axes_grid.py#1
        "mpl_toolkits.axes_grid1.mpl_axes:SimpleAxisArtist",  # gallery/axes_grid1/demo_axes_grid.py#1
        "mpl_toolkits.axes_grid1.parasite_axes:AxesHostAxes",  # gallery/axes_grid1/demo_colorbar_with_inset_locator.py#1
        "mpl_toolkits.axes_grid1.parasite_axes:AxesParasite",  # gallery/axes_grid1/parasite_simple.py#1
        "mpl_toolkits.axisartist.angle_helper:ExtremeFinderCycle",  # gallery/axisartist/demo_axis_direction.py#1
        "mpl_toolkits.axisartist.angle_helper:LocatorDMS",  # gallery/axisartist/demo_axis_direction.py#1
        "mpl_toolkits.axisartist.axis_artist:AxisArtist",  # gallery/axisartist/axis_direction.py#1
        "mpl_toolkits.axisartist.axis_artist:AxisLabel",  # gallery/axisartist/axis_direction.py#1
        "mpl_toolkits.axisartist.axis_artist:GridlinesCollection",  # gallery/axisartist/axis_direction.py#1
        "mpl_toolkits.axisartist.axis_artist:TickLabels",  # gallery/axisartist/axis_direction.py#1
        "mpl_toolkits.axisartist.axis_artist:Ticks",  # gallery/axisartist/axis_direction.py#1
        "mpl_toolkits.axisartist.axisline_style:AxislineStyle.FilledArrow",  # gallery/axisartist/demo_axisline_style.py#1
        "mpl_toolkits.axisartist.axisline_style:AxislineStyle.SimpleArrow",  # gallery/axisartist/axis_direction.py#1
        "mpl_toolkits.axisartist.axisline_style:_FancyAxislineStyle.FilledArrow",  # gallery/axisartist/demo_axisline_style.py#1
        "mpl_toolkits.axisartist.axisline_style:_FancyAxislineStyle.SimpleArrow",  # gallery/axisartist/axis_direction.py#1
        "mpl_toolkits.axisartist.axislines:Axes",  # gallery/axisartist/axis_direction.py#1
        "mpl_toolkits.axisartist.axislines:AxesZero",  # gallery/axisartist/demo_axisline_style.py#1
        "mpl_toolkits.axisartist.axislines:FixedAxisArtistHelperRectilinear",  # gallery/axisartist/axis_direction.py#1
        "mpl_toolkits.axisartist.axislines:FloatingAxisArtistHelperRectilinear",  # gallery/axisartist/axis_direction.py#1
        "mpl_toolkits.axisartist.axislines:GridHelperRectlinear",  # gallery/axisartist/axis_direction.py#1
        "mpl_toolkits.axisartist.grid_finder:FormatterPrettyPrint",  # gallery/axisartist/demo_axis_direction.py#1
        "mpl_toolkits.axisartist.grid_finder:GridFinder",  # gallery/axisartist/demo_axis_direction.py#1
        "mpl_toolkits.axisartist.grid_finder:MaxNLocator",  # gallery/axisartist/demo_axis_direction.py#1
        "mpl_toolkits.axisartist.grid_helper_curvelinear:FixedAxisArtistHelper",  # gallery/axisartist/demo_axis_direction.py#1
        "mpl_toolkits.axisartist.grid_helper_curvelinear:FloatingAxisArtistHelper",  # gallery/axisartist/demo_axis_direction.py#1
        "mpl_toolkits.axisartist.grid_helper_curvelinear:GridHelperCurveLinear",  # gallery/axisartist/demo_axis_direction.py#1
        "mpl_toolkits.mplot3d.art3d:Line3D",  # gallery/mplot3d/2dcollections3d.py#1
        "mpl_toolkits.mplot3d.art3d:Line3DCollection",  # app/figure_kinds.py#3d
        "mpl_toolkits.mplot3d.art3d:Patch3D",  # gallery/mplot3d/bars3d.py#1
        "mpl_toolkits.mplot3d.art3d:Path3DCollection",  # app/figure_kinds.py#3d
        "mpl_toolkits.mplot3d.art3d:Poly3DCollection",  # app/figure_kinds.py#3d
        "mpl_toolkits.mplot3d.art3d:QuadContourSet3D",  # gallery/mplot3d/box3d.py#1
        "mpl_toolkits.mplot3d.art3d:Text3D",  # gallery/mplot3d/text3d.py#1
        "mpl_toolkits.mplot3d.art3d:TriContourSet3D",  # gallery/mplot3d/tricontour3d.py#1
        "mpl_toolkits.mplot3d.axes3d:Axes3D",  # app/figure_kinds.py#3d
        "mpl_toolkits.mplot3d.axis3d:XAxis",  # app/figure_kinds.py#3d
        "mpl_toolkits.mplot3d.axis3d:YAxis",  # app/figure_kinds.py#3d
        "mpl_toolkits.mplot3d.axis3d:ZAxis",  # app/figure_kinds.py#3d
        "numpy.ma:MaskedArray",  # app/figure_kinds.py#3d
        "numpy:ndarray",  # app/figure_kinds.py#3d
        "pandas.arrays:PeriodArray",  # corpus_figures/pandas_timeseries.py#1
        "pandas.core.internals.managers:SingleBlockManager",  # corpus_figures/pandas_timeseries.py#1
        "pandas.plotting._matplotlib.converter:PeriodConverter",  # corpus_figures/pandas_timeseries.py#1
        "pandas.plotting._matplotlib.converter:TimeSeries_DateFormatter",  # corpus_figures/pandas_timeseries.py#1
        "pandas.plotting._matplotlib.converter:TimeSeries_DateLocator",  # corpus_figures/pandas_timeseries.py#1
        "pandas:Series",  # corpus_figures/pandas_timeseries.py#1
        "seaborn.categorical:BoxPlotContainer",  # corpus_figures/seaborn_axes.py#4
    }
)

# Bound methods pickles hold (callbacks, remove hooks), as type.method.
METHODS = frozenset(
    {
        "builtins:list.remove",  # app/figure_kinds.py#3d
        "cartopy.mpl.geoaxes:GeoAxes._unit_change_handler",  # corpus_figures/cartopy_maps.py#1
        "matplotlib.axes._axes:Axes._remove_legend",  # app/figure_kinds.py#legend
        "matplotlib.axes._axes:Axes._unit_change_handler",  # app/figure_kinds.py#annotations_and_arrows
        "matplotlib.axes._axes:Axes._unstale_viewLim",  # gallery/axes_grid1/inset_locator_demo2.py#1
        "matplotlib.cbook:CallbackRegistry.disconnect",  # app/figure_kinds.py#legend
        "matplotlib.collections:PathCollection.draw",  # corpus_figures/seaborn_figures.py#3
        "matplotlib.colorbar:Colorbar._cbar_cla",  # app/figure_kinds.py#colorbar
        "matplotlib.colorbar:Colorbar._forward_boundaries",  # corpus_figures/cartopy_maps.py#2
        "matplotlib.colorbar:Colorbar._get_view",  # app/figure_kinds.py#colorbar
        "matplotlib.colorbar:Colorbar._inverse_boundaries",  # corpus_figures/cartopy_maps.py#2
        "matplotlib.colorbar:Colorbar._set_view",  # app/figure_kinds.py#colorbar
        "matplotlib.colorbar:Colorbar._set_view_from_bbox",  # app/figure_kinds.py#colorbar
        "matplotlib.colorbar:Colorbar.drag_pan",  # app/figure_kinds.py#colorbar
        "matplotlib.colors:PowerNorm.inverse",  # gallery/images_contours_and_fields/colormap_normalizations.py#2
        "matplotlib.figure:Figure._remove_axes",  # app/figure_kinds.py#inset_axes
        "matplotlib.figure:Figure._remove_suplabel",  # app/figure_kinds.py#annotations_and_arrows
        "matplotlib.figure:Figure.delaxes",  # app/figure_kinds.py#3d
        "matplotlib.figure:Figure.pick",  # app/figure_kinds.py#3d
        "matplotlib.figure:SubFigure._remove_suplabel",  # app/figure_kinds.py#subfigures
        "matplotlib.figure:SubFigure.delaxes",  # app/figure_kinds.py#subfigures
        "matplotlib.legend:DraggableLegend.on_motion",  # app/figure_kinds.py#legend
        "matplotlib.legend:DraggableLegend.on_pick",  # app/figure_kinds.py#legend
        "matplotlib.legend:DraggableLegend.on_release",  # app/figure_kinds.py#legend
        "matplotlib.legend:Legend._findoffset",  # app/figure_kinds.py#legend
        "matplotlib.markers:MarkerStyle._set_caretdown",  # gallery/lines_bars_and_markers/marker_reference.py#1
        "matplotlib.markers:MarkerStyle._set_caretdownbase",  # gallery/lines_bars_and_markers/marker_reference.py#1
        "matplotlib.markers:MarkerStyle._set_caretleft",  # gallery/lines_bars_and_markers/marker_reference.py#1
        "matplotlib.markers:MarkerStyle._set_caretleftbase",  # gallery/lines_bars_and_markers/marker_reference.py#1
        "matplotlib.markers:MarkerStyle._set_caretright",  # gallery/lines_bars_and_markers/marker_reference.py#1
        "matplotlib.markers:MarkerStyle._set_caretrightbase",  # gallery/lines_bars_and_markers/marker_reference.py#1
        "matplotlib.markers:MarkerStyle._set_caretup",  # gallery/lines_bars_and_markers/marker_reference.py#1
        "matplotlib.markers:MarkerStyle._set_caretupbase",  # gallery/lines_bars_and_markers/marker_reference.py#1
        "matplotlib.markers:MarkerStyle._set_circle",  # app/figure_kinds.py#categorical_axis
        "matplotlib.markers:MarkerStyle._set_diamond",  # gallery/lines_bars_and_markers/marker_reference.py#2
        "matplotlib.markers:MarkerStyle._set_hexagon1",  # gallery/lines_bars_and_markers/marker_reference.py#2
        "matplotlib.markers:MarkerStyle._set_hexagon2",  # gallery/lines_bars_and_markers/marker_reference.py#2
        "matplotlib.markers:MarkerStyle._set_hline",  # app/figure_kinds.py#errorbar
        "matplotlib.markers:MarkerStyle._set_mathtext_path",  # gallery/lines_bars_and_markers/marker_reference.py#4
        "matplotlib.markers:MarkerStyle._set_nothing",  # app/figure_kinds.py#3d
        "matplotlib.markers:MarkerStyle._set_octagon",  # gallery/lines_bars_and_markers/marker_reference.py#2
        "matplotlib.markers:MarkerStyle._set_path_marker",  # gallery/lines_bars_and_markers/marker_reference.py#5
        "matplotlib.markers:MarkerStyle._set_pentagon",  # gallery/lines_bars_and_markers/marker_reference.py#2
        "matplotlib.markers:MarkerStyle._set_pixel",  # gallery/lines_bars_and_markers/marker_reference.py#1
        "matplotlib.markers:MarkerStyle._set_plus",  # gallery/lines_bars_and_markers/marker_reference.py#1
        "matplotlib.markers:MarkerStyle._set_plus_filled",  # gallery/lines_bars_and_markers/marker_reference.py#2
        "matplotlib.markers:MarkerStyle._set_point",  # gallery/lines_bars_and_markers/marker_reference.py#2
        "matplotlib.markers:MarkerStyle._set_square",  # app/figure_kinds.py#errorbar
        "matplotlib.markers:MarkerStyle._set_star",  # gallery/lines_bars_and_markers/marker_reference.py#2
        "matplotlib.markers:MarkerStyle._set_thin_diamond",  # gallery/lines_bars_and_markers/marker_reference.py#2
        "matplotlib.markers:MarkerStyle._set_tickdown",  # app/figure_kinds.py#3d
        "matplotlib.markers:MarkerStyle._set_tickleft",  # app/figure_kinds.py#annotations_and_arrows
        "matplotlib.markers:MarkerStyle._set_tickright",  # app/figure_kinds.py#annotations_and_arrows
        "matplotlib.markers:MarkerStyle._set_tickup",  # app/figure_kinds.py#3d
        "matplotlib.markers:MarkerStyle._set_tri_down",  # gallery/lines_bars_and_markers/marker_reference.py#1
        "matplotlib.markers:MarkerStyle._set_tri_left",  # gallery/lines_bars_and_markers/marker_reference.py#1
        "matplotlib.markers:MarkerStyle._set_tri_right",  # gallery/lines_bars_and_markers/marker_reference.py#1
        "matplotlib.markers:MarkerStyle._set_tri_up",  # gallery/lines_bars_and_markers/marker_reference.py#1
        "matplotlib.markers:MarkerStyle._set_triangle_down",  # gallery/lines_bars_and_markers/marker_reference.py#2
        "matplotlib.markers:MarkerStyle._set_triangle_left",  # gallery/lines_bars_and_markers/marker_reference.py#2
        "matplotlib.markers:MarkerStyle._set_triangle_right",  # gallery/lines_bars_and_markers/marker_reference.py#2
        "matplotlib.markers:MarkerStyle._set_triangle_up",  # gallery/lines_bars_and_markers/marker_reference.py#2
        "matplotlib.markers:MarkerStyle._set_vertices",  # gallery/subplots_axes_and_figures/broken_axis.py#1
        "matplotlib.markers:MarkerStyle._set_vline",  # app/figure_kinds.py#errorbar
        "matplotlib.markers:MarkerStyle._set_x",  # gallery/lines_bars_and_markers/marker_reference.py#1
        "matplotlib.markers:MarkerStyle._set_x_filled",  # corpus_figures/seaborn_axes.py#5
        "matplotlib.offsetbox:DraggableAnnotation.on_motion",  # gallery/text_labels_and_annotations/annotation_demo.py#6
        "matplotlib.offsetbox:DraggableAnnotation.on_pick",  # gallery/text_labels_and_annotations/annotation_demo.py#6
        "matplotlib.offsetbox:DraggableAnnotation.on_release",  # gallery/text_labels_and_annotations/annotation_demo.py#6
        "matplotlib.offsetbox:OffsetImage.get_window_extent",  # gallery/text_labels_and_annotations/demo_annotation_box.py#2
        "matplotlib.projections.polar:PolarAxes._remove_legend",  # gallery/pie_and_polar_charts/polar_legend.py#1
        "matplotlib.text:Text.get_window_extent",  # gallery/images_contours_and_fields/demo_bboximage.py#1
        "matplotlib.transforms:BlendedAffine2D.get_affine",  # app/figure_kinds.py#3d
        "matplotlib.transforms:BlendedAffine2D.get_matrix",  # app/figure_kinds.py#3d
        "matplotlib.transforms:BlendedAffine2D.inverted",  # app/figure_kinds.py#3d
        "matplotlib.transforms:BlendedAffine2D.transform",  # app/figure_kinds.py#3d
        "matplotlib.transforms:BlendedAffine2D.transform_affine",  # app/figure_kinds.py#3d
        "matplotlib.transforms:BlendedAffine2D.transform_non_affine",  # app/figure_kinds.py#3d
        "matplotlib.transforms:BlendedAffine2D.transform_path",  # app/figure_kinds.py#3d
        "matplotlib.transforms:BlendedAffine2D.transform_path_affine",  # app/figure_kinds.py#3d
        "matplotlib.transforms:BlendedAffine2D.transform_path_non_affine",  # app/figure_kinds.py#3d
        "matplotlib.transforms:BlendedGenericTransform.get_affine",  # app/figure_kinds.py#colorbar
        "matplotlib.transforms:BlendedGenericTransform.get_matrix",  # app/figure_kinds.py#colorbar
        "matplotlib.transforms:BlendedGenericTransform.inverted",  # app/figure_kinds.py#colorbar
        "matplotlib.transforms:BlendedGenericTransform.transform",  # app/figure_kinds.py#colorbar
        "matplotlib.transforms:BlendedGenericTransform.transform_affine",  # app/figure_kinds.py#colorbar
        "matplotlib.transforms:BlendedGenericTransform.transform_non_affine",  # app/figure_kinds.py#colorbar
        "matplotlib.transforms:BlendedGenericTransform.transform_path",  # app/figure_kinds.py#colorbar
        "matplotlib.transforms:BlendedGenericTransform.transform_path_affine",  # app/figure_kinds.py#colorbar
        "matplotlib.transforms:BlendedGenericTransform.transform_path_non_affine",  # app/figure_kinds.py#colorbar
        "matplotlib.transforms:CompositeGenericTransform.get_affine",  # app/figure_kinds.py#polar
        "matplotlib.transforms:CompositeGenericTransform.get_matrix",  # app/figure_kinds.py#polar
        "matplotlib.transforms:CompositeGenericTransform.inverted",  # app/figure_kinds.py#polar
        "matplotlib.transforms:CompositeGenericTransform.transform",  # app/figure_kinds.py#polar
        "matplotlib.transforms:CompositeGenericTransform.transform_affine",  # app/figure_kinds.py#polar
        "matplotlib.transforms:CompositeGenericTransform.transform_non_affine",  # app/figure_kinds.py#polar
        "matplotlib.transforms:CompositeGenericTransform.transform_path",  # app/figure_kinds.py#polar
        "matplotlib.transforms:CompositeGenericTransform.transform_path_affine",  # app/figure_kinds.py#polar
        "matplotlib.transforms:CompositeGenericTransform.transform_path_non_affine",  # app/figure_kinds.py#polar
        "mpl_toolkits.axes_grid1.axes_divider:AxesDivider._locate",  # gallery/axes_grid1/demo_axes_divider.py#1
        "mpl_toolkits.axes_grid1.axes_divider:AxesDivider.get_subplotspec",  # gallery/axes_grid1/demo_axes_divider.py#1
        "mpl_toolkits.axes_grid1.axes_divider:Divider._locate",  # gallery/axes_grid1/demo_fixed_size_axes.py#1
        "mpl_toolkits.axes_grid1.axes_divider:Divider.get_subplotspec",  # gallery/axes_grid1/demo_fixed_size_axes.py#1
        "mpl_toolkits.axes_grid1.axes_divider:HBoxDivider._locate",  # gallery/axes_grid1/demo_axes_hbox_divider.py#1
        "mpl_toolkits.axes_grid1.axes_divider:HBoxDivider.get_subplotspec",  # gallery/axes_grid1/demo_axes_hbox_divider.py#1
        "mpl_toolkits.axes_grid1.axes_divider:SubplotDivider._locate",  # gallery/axes_grid1/demo_axes_divider.py#1
        "mpl_toolkits.axes_grid1.axes_divider:SubplotDivider.get_subplotspec",  # gallery/axes_grid1/demo_axes_divider.py#1
        "mpl_toolkits.axes_grid1.axes_divider:VBoxDivider._locate",  # gallery/axes_grid1/demo_axes_hbox_divider.py#2
        "mpl_toolkits.axes_grid1.axes_divider:VBoxDivider.get_subplotspec",  # gallery/axes_grid1/demo_axes_hbox_divider.py#2
        "mpl_toolkits.axes_grid1.axes_grid:CbarAxes._unit_change_handler",  # gallery/axes_grid1/demo_axes_grid.py#1
        "mpl_toolkits.axes_grid1.mpl_axes:Axes._unit_change_handler",  # gallery/axes_grid1/demo_axes_grid.py#1
        "mpl_toolkits.axes_grid1.parasite_axes:AxesHostAxes._remove_any_twin",  # gallery/axes_grid1/parasite_simple.py#1
        "mpl_toolkits.axes_grid1.parasite_axes:AxesHostAxes._remove_legend",  # gallery/axes_grid1/parasite_simple.py#1
        "mpl_toolkits.axes_grid1.parasite_axes:AxesHostAxes._unit_change_handler",  # gallery/axes_grid1/demo_colorbar_with_inset_locator.py#1
        "mpl_toolkits.axes_grid1.parasite_axes:AxesParasite._sync_lims",  # gallery/axes_grid1/parasite_simple.py#1
        "mpl_toolkits.axes_grid1.parasite_axes:AxesParasite._unit_change_handler",  # gallery/axes_grid1/parasite_simple.py#1
        "mpl_toolkits.axisartist.axislines:Axes._unit_change_handler",  # gallery/axisartist/axis_direction.py#1
        "mpl_toolkits.axisartist.axislines:AxesZero._unit_change_handler",  # gallery/axisartist/demo_axisline_style.py#1
        "mpl_toolkits.mplot3d.axes3d:Axes3D._button_press",  # app/figure_kinds.py#3d
        "mpl_toolkits.mplot3d.axes3d:Axes3D._button_release",  # app/figure_kinds.py#3d
        "mpl_toolkits.mplot3d.axes3d:Axes3D._on_move",  # app/figure_kinds.py#3d
        "mpl_toolkits.mplot3d.axes3d:Axes3D._remove_legend",  # gallery/mplot3d/2dcollections3d.py#1
        "mpl_toolkits.mplot3d.axes3d:Axes3D._unit_change_handler",  # app/figure_kinds.py#3d
    }
)

# Types other than list, dict and set whose instances get items added.
ITEMS = frozenset(
    {
        "collections:OrderedDict",  # app/figure_kinds.py#bar
        "mpl_toolkits.axes_grid1.mpl_axes:Axes.AxisDict",  # gallery/axes_grid1/demo_axes_grid.py#1
    }
)
