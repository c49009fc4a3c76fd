"""What figure pickles may ask for: figure_unpickler.py says what each table allows.

Generated from the figure corpus by `make pickle-allowlist` (tests/pickle_allowlist.py);
the comment beside each entry names the first corpus file that needed it. The corpus test
fails when the corpus needs anything else. Review a change here as you would code.
"""

# ruff: noqa: E501 (an entry and its source make one line)

# module:qualname -> how pickles use it: "call" (REDUCE), "new" (an instance made without
# running __init__), both, or "" (only handed out: an argument, or an attribute value).
GLOBALS = {
    "_codecs:encode": "call",  # figure_kinds:3d
    "builtins:bytes": "call",  # figure_kinds:3d
    "builtins:getattr": "call",  # figure_kinds:3d
    "builtins:object": "new",  # figure_kinds:3d
    "builtins:range": "call",  # figure_kinds:date_axis
    "builtins:set": "call",  # figure_kinds:3d
    "builtins:slice": "call",  # figure_kinds:3d
    "collections:OrderedDict": "call",  # figure_kinds:3d
    "datetime:datetime": "call",  # figure_kinds:date_axis
    "datetime:timedelta": "call",  # figure_kinds:date_axis
    "datetime:timezone": "call",  # figure_kinds:date_axis
    "dateutil.tz.tz:tzoffset": "call",  # figure_kinds:date_axis
    "functools:partial": "call",  # figure_kinds:3d
    "itertools:count": "call",  # figure_kinds:bar
    "matplotlib._enums:CapStyle": "call",  # figure_kinds:3d
    "matplotlib._enums:JoinStyle": "call",  # figure_kinds:3d
    "matplotlib.artist:_XYPair": "new",  # figure_kinds:bar
    "matplotlib.artist:_stale_axes_callback": "",  # figure_kinds:contour
    "matplotlib.axes._axes:Axes": "new",  # figure_kinds:annotations_and_arrows
    "matplotlib.axes._base:_PropCycle": "new",  # figure_kinds:3d
    "matplotlib.axes._base:_TransformedBoundsLocator": "new",  # figure_kinds:inset_axes
    "matplotlib.axes._base:_process_plot_var_args": "new",  # figure_kinds:3d
    "matplotlib.axis:Ticker": "new",  # figure_kinds:3d
    "matplotlib.axis:XAxis": "new",  # figure_kinds:annotations_and_arrows
    "matplotlib.axis:XTick": "new",  # figure_kinds:3d
    "matplotlib.axis:YAxis": "new",  # figure_kinds:annotations_and_arrows
    "matplotlib.axis:YTick": "new",  # figure_kinds:annotations_and_arrows
    "matplotlib.backend_bases:_key_handler": "",  # figure_kinds:3d
    "matplotlib.backend_bases:_mouse_handler": "",  # figure_kinds:3d
    "matplotlib.category:StrCategoryConverter": "new",  # figure_kinds:bar
    "matplotlib.category:StrCategoryFormatter": "new",  # figure_kinds:bar
    "matplotlib.category:StrCategoryLocator": "new",  # figure_kinds:bar
    "matplotlib.category:UnitData": "new",  # figure_kinds:bar
    "matplotlib.cbook:CallbackRegistry": "new",  # figure_kinds:3d
    "matplotlib.cbook:Grouper": "new",  # figure_kinds:3d
    "matplotlib.cbook:_OrderedSet": "new",  # figure_kinds:3d
    "matplotlib.cbook:_exception_printer": "",  # figure_kinds:3d
    "matplotlib.collections:FillBetweenPolyCollection": "new",  # figure_kinds:fill_between
    "matplotlib.collections:LineCollection": "new",  # figure_kinds:bar
    "matplotlib.collections:PatchCollection": "new",  # figure_kinds:patches_and_collections
    "matplotlib.collections:PathCollection": "new",  # figure_kinds:legend
    "matplotlib.collections:PolyCollection": "new",  # figure_kinds:hexbin
    "matplotlib.collections:QuadMesh": "new",  # figure_kinds:colorbar
    "matplotlib.colorbar:Colorbar": "new",  # figure_kinds:colorbar
    "matplotlib.colorbar:_ColorbarAxesLocator": "new",  # figure_kinds:colorbar
    "matplotlib.colorbar:_ColorbarSpine": "new",  # figure_kinds:colorbar
    "matplotlib.colorbar:_remove_cbar_axes": "call",  # figure_kinds:colorbar
    "matplotlib.colorizer:Colorizer": "new",  # figure_kinds:3d
    "matplotlib.colors:LinearSegmentedColormap": "new",  # figure_kinds:contourf
    "matplotlib.colors:ListedColormap": "new",  # figure_kinds:3d
    "matplotlib.colors:LogNorm": "new",  # figure_kinds:colorbar
    "matplotlib.colors:NoNorm": "new",  # figure_kinds:contour
    "matplotlib.colors:Normalize": "new",  # figure_kinds:3d
    "matplotlib.colors:_create_empty_object_of_class": "call",  # figure_kinds:colorbar
    "matplotlib.container:BarContainer": "new",  # figure_kinds:bar
    "matplotlib.container:ErrorbarContainer": "new",  # figure_kinds:bar
    "matplotlib.contour:QuadContourSet": "new",  # figure_kinds:contour
    "matplotlib.dates:AutoDateFormatter": "new",  # figure_kinds:date_axis
    "matplotlib.dates:AutoDateLocator": "new",  # figure_kinds:date_axis
    "matplotlib.dates:ConciseDateFormatter": "new",  # figure_kinds:date_axis
    "matplotlib.dates:DateFormatter": "new",  # figure_kinds:date_axis
    "matplotlib.dates:_SwitchableDateConverter": "new",  # figure_kinds:date_axis
    "matplotlib.figure:Figure": "new",  # figure_kinds:3d
    "matplotlib.figure:SubFigure": "new",  # figure_kinds:subfigures
    "matplotlib.figure:_AxesStack": "new",  # figure_kinds:3d
    "matplotlib.font_manager:FontProperties": "new",  # figure_kinds:3d
    "matplotlib.gridspec:GridSpec": "new",  # figure_kinds:3d
    "matplotlib.gridspec:SubplotParams": "new",  # figure_kinds:3d
    "matplotlib.gridspec:SubplotSpec": "new",  # figure_kinds:3d
    "matplotlib.image:AxesImage": "new",  # figure_kinds:colorbar
    "matplotlib.inset:InsetIndicator": "new",  # figure_kinds:inset_axes
    "matplotlib.layout_engine:ConstrainedLayoutEngine": "new",  # figure_kinds:colorbar
    "matplotlib.legend:DraggableLegend": "new",  # figure_kinds:legend
    "matplotlib.legend:Legend": "new",  # figure_kinds:legend
    "matplotlib.lines:Line2D": "new",  # figure_kinds:3d
    "matplotlib.markers:MarkerStyle": "new",  # figure_kinds:3d
    "matplotlib.offsetbox:DraggableBase": "",  # figure_kinds:legend
    "matplotlib.offsetbox:DraggableBase._picker": "",  # figure_kinds:legend
    "matplotlib.offsetbox:DrawingArea": "new",  # figure_kinds:legend
    "matplotlib.offsetbox:HPacker": "new",  # figure_kinds:legend
    "matplotlib.offsetbox:TextArea": "new",  # figure_kinds:legend
    "matplotlib.offsetbox:VPacker": "new",  # figure_kinds:legend
    "matplotlib.patches:ArrowStyle": "",  # figure_kinds:annotations_and_arrows
    "matplotlib.patches:ArrowStyle.CurveB": "new",  # figure_kinds:annotations_and_arrows
    "matplotlib.patches:ArrowStyle.CurveFilledB": "new",  # figure_kinds:streamplot
    "matplotlib.patches:BoxStyle": "",  # figure_kinds:annotations_and_arrows
    "matplotlib.patches:BoxStyle.Round": "new",  # figure_kinds:annotations_and_arrows
    "matplotlib.patches:Circle": "new",  # figure_kinds:patches_and_collections
    "matplotlib.patches:ConnectionStyle": "",  # figure_kinds:annotations_and_arrows
    "matplotlib.patches:ConnectionStyle.Arc3": "new",  # figure_kinds:annotations_and_arrows
    "matplotlib.patches:FancyArrow": "new",  # figure_kinds:annotations_and_arrows
    "matplotlib.patches:FancyArrowPatch": "new",  # figure_kinds:annotations_and_arrows
    "matplotlib.patches:FancyBboxPatch": "new",  # figure_kinds:annotations_and_arrows
    "matplotlib.patches:PathPatch": "new",  # figure_kinds:colorbar
    "matplotlib.patches:Polygon": "new",  # figure_kinds:3d
    "matplotlib.patches:Rectangle": "new",  # figure_kinds:3d
    "matplotlib.patches:Wedge": "new",  # figure_kinds:polar
    "matplotlib.path:Path": "new",  # figure_kinds:3d
    "matplotlib.projections.polar:PolarAffine": "new",  # figure_kinds:polar
    "matplotlib.projections.polar:PolarAxes": "new",  # figure_kinds:polar
    "matplotlib.projections.polar:PolarTransform": "new",  # figure_kinds:polar
    "matplotlib.projections.polar:RadialAxis": "new",  # figure_kinds:polar
    "matplotlib.projections.polar:RadialLocator": "new",  # figure_kinds:polar
    "matplotlib.projections.polar:RadialTick": "new",  # figure_kinds:polar
    "matplotlib.projections.polar:ThetaAxis": "new",  # figure_kinds:polar
    "matplotlib.projections.polar:ThetaFormatter": "new",  # figure_kinds:polar
    "matplotlib.projections.polar:ThetaLocator": "new",  # figure_kinds:polar
    "matplotlib.projections.polar:ThetaTick": "new",  # figure_kinds:polar
    "matplotlib.projections.polar:_AxisWrapper": "new",  # figure_kinds:polar
    "matplotlib.projections.polar:_ThetaShift": "new",  # figure_kinds:polar
    "matplotlib.projections.polar:_WedgeBbox": "new",  # figure_kinds:polar
    "matplotlib.quiver:Barbs": "new",  # figure_kinds:quiver
    "matplotlib.quiver:Quiver": "new",  # figure_kinds:quiver
    "matplotlib.quiver:QuiverKey": "new",  # figure_kinds:quiver
    "matplotlib.scale:LinearScale": "new",  # figure_kinds:3d
    "matplotlib.scale:LogScale": "new",  # figure_kinds:colorbar
    "matplotlib.scale:LogTransform": "new",  # figure_kinds:colorbar
    "matplotlib.scale:SymmetricalLogScale": "new",  # figure_kinds:log_and_symlog_scales
    "matplotlib.scale:SymmetricalLogTransform": "new",  # figure_kinds:log_and_symlog_scales
    "matplotlib.spines:Spine": "new",  # figure_kinds:3d
    "matplotlib.spines:Spines": "new",  # figure_kinds:3d
    "matplotlib.table:Cell": "new",  # figure_kinds:table
    "matplotlib.table:Table": "new",  # figure_kinds:table
    "matplotlib.text:Annotation": "new",  # figure_kinds:annotations_and_arrows
    "matplotlib.text:Text": "new",  # figure_kinds:3d
    "matplotlib.ticker:AutoLocator": "new",  # figure_kinds:3d
    "matplotlib.ticker:FixedFormatter": "new",  # figure_kinds:violin_and_boxplot
    "matplotlib.ticker:FixedLocator": "new",  # figure_kinds:colorbar
    "matplotlib.ticker:LogFormatterSciNotation": "new",  # figure_kinds:colorbar
    "matplotlib.ticker:LogLocator": "new",  # figure_kinds:colorbar
    "matplotlib.ticker:MaxNLocator": "new",  # figure_kinds:contour
    "matplotlib.ticker:NullFormatter": "new",  # figure_kinds:3d
    "matplotlib.ticker:NullLocator": "new",  # figure_kinds:3d
    "matplotlib.ticker:ScalarFormatter": "new",  # figure_kinds:3d
    "matplotlib.ticker:SymmetricalLogLocator": "new",  # figure_kinds:log_and_symlog_scales
    "matplotlib.ticker:_DummyAxis": "new",  # figure_kinds:contour
    "matplotlib.transforms:Affine2D": "new",  # figure_kinds:3d
    "matplotlib.transforms:AffineDeltaTransform": "new",  # figure_kinds:hexbin
    "matplotlib.transforms:Bbox": "new",  # figure_kinds:3d
    "matplotlib.transforms:BboxTransformFrom": "new",  # figure_kinds:3d
    "matplotlib.transforms:BboxTransformTo": "new",  # figure_kinds:3d
    "matplotlib.transforms:BlendedAffine2D": "new",  # figure_kinds:3d
    "matplotlib.transforms:BlendedGenericTransform": "new",  # figure_kinds:3d
    "matplotlib.transforms:CompositeAffine2D": "new",  # figure_kinds:legend
    "matplotlib.transforms:CompositeGenericTransform": "new",  # figure_kinds:3d
    "matplotlib.transforms:IdentityTransform": "new",  # figure_kinds:3d
    "matplotlib.transforms:LockableBbox": "new",  # figure_kinds:polar
    "matplotlib.transforms:ScaledTranslation": "new",  # figure_kinds:3d
    "matplotlib.transforms:TransformWrapper": "new",  # figure_kinds:3d
    "matplotlib.transforms:TransformedBbox": "new",  # figure_kinds:3d
    "matplotlib.transforms:TransformedPatchPath": "new",  # figure_kinds:polar
    "matplotlib.transforms:TransformedPath": "new",  # figure_kinds:lines
    "mpl_toolkits.mplot3d.art3d:Line3DCollection": "new",  # figure_kinds:3d
    "mpl_toolkits.mplot3d.art3d:Path3DCollection": "new",  # figure_kinds:3d
    "mpl_toolkits.mplot3d.art3d:Poly3DCollection": "new",  # figure_kinds:3d
    "mpl_toolkits.mplot3d.axes3d:Axes3D": "new",  # figure_kinds:3d
    "mpl_toolkits.mplot3d.axis3d:XAxis": "new",  # figure_kinds:3d
    "mpl_toolkits.mplot3d.axis3d:YAxis": "new",  # figure_kinds:3d
    "mpl_toolkits.mplot3d.axis3d:ZAxis": "new",  # figure_kinds:3d
    "numpy._core.multiarray:_reconstruct": "call",  # figure_kinds:3d
    "numpy._core.multiarray:scalar": "call",  # figure_kinds:3d
    "numpy._core.numeric:_frombuffer": "call",  # figure_kinds:3d
    "numpy.ma.core:_mareconstruct": "call",  # figure_kinds:3d
    "numpy.ma:MaskedArray": "new",  # figure_kinds:3d
    "numpy:average": "",  # figure_kinds:3d
    "numpy:dtype": "call",  # figure_kinds:3d
    "numpy:log": "",  # figure_kinds:colorbar
    "numpy:log10": "",  # figure_kinds:colorbar
    "numpy:log2": "",  # figure_kinds:colorbar
    "numpy:ndarray": "new",  # figure_kinds:3d
}

# Types whose instances have their state set (BUILD).
BUILD = frozenset(
    {
        "functools:partial",  # figure_kinds:3d
        "matplotlib.axes._axes:Axes",  # figure_kinds:annotations_and_arrows
        "matplotlib.axes._base:_PropCycle",  # figure_kinds:3d
        "matplotlib.axes._base:_TransformedBoundsLocator",  # figure_kinds:inset_axes
        "matplotlib.axes._base:_process_plot_var_args",  # figure_kinds:3d
        "matplotlib.axis:Ticker",  # figure_kinds:3d
        "matplotlib.axis:XAxis",  # figure_kinds:annotations_and_arrows
        "matplotlib.axis:XTick",  # figure_kinds:3d
        "matplotlib.axis:YAxis",  # figure_kinds:annotations_and_arrows
        "matplotlib.axis:YTick",  # figure_kinds:annotations_and_arrows
        "matplotlib.category:StrCategoryFormatter",  # figure_kinds:bar
        "matplotlib.category:StrCategoryLocator",  # figure_kinds:bar
        "matplotlib.category:UnitData",  # figure_kinds:bar
        "matplotlib.cbook:CallbackRegistry",  # figure_kinds:3d
        "matplotlib.cbook:Grouper",  # figure_kinds:3d
        "matplotlib.cbook:_OrderedSet",  # figure_kinds:3d
        "matplotlib.collections:FillBetweenPolyCollection",  # figure_kinds:fill_between
        "matplotlib.collections:LineCollection",  # figure_kinds:bar
        "matplotlib.collections:PatchCollection",  # figure_kinds:patches_and_collections
        "matplotlib.collections:PathCollection",  # figure_kinds:legend
        "matplotlib.collections:PolyCollection",  # figure_kinds:hexbin
        "matplotlib.collections:QuadMesh",  # figure_kinds:colorbar
        "matplotlib.colorbar:Colorbar",  # figure_kinds:colorbar
        "matplotlib.colorbar:_ColorbarAxesLocator",  # figure_kinds:colorbar
        "matplotlib.colorbar:_ColorbarSpine",  # figure_kinds:colorbar
        "matplotlib.colorizer:Colorizer",  # figure_kinds:3d
        "matplotlib.colors:LinearSegmentedColormap",  # figure_kinds:contourf
        "matplotlib.colors:ListedColormap",  # figure_kinds:3d
        "matplotlib.colors:LogNorm",  # figure_kinds:colorbar
        "matplotlib.colors:NoNorm",  # figure_kinds:contour
        "matplotlib.colors:Normalize",  # figure_kinds:3d
        "matplotlib.container:BarContainer",  # figure_kinds:bar
        "matplotlib.container:ErrorbarContainer",  # figure_kinds:bar
        "matplotlib.contour:QuadContourSet",  # figure_kinds:contour
        "matplotlib.dates:AutoDateFormatter",  # figure_kinds:date_axis
        "matplotlib.dates:AutoDateLocator",  # figure_kinds:date_axis
        "matplotlib.dates:ConciseDateFormatter",  # figure_kinds:date_axis
        "matplotlib.dates:DateFormatter",  # figure_kinds:date_axis
        "matplotlib.figure:Figure",  # figure_kinds:3d
        "matplotlib.figure:SubFigure",  # figure_kinds:subfigures
        "matplotlib.figure:_AxesStack",  # figure_kinds:3d
        "matplotlib.font_manager:FontProperties",  # figure_kinds:3d
        "matplotlib.gridspec:GridSpec",  # figure_kinds:3d
        "matplotlib.gridspec:SubplotParams",  # figure_kinds:3d
        "matplotlib.gridspec:SubplotSpec",  # figure_kinds:3d
        "matplotlib.image:AxesImage",  # figure_kinds:colorbar
        "matplotlib.inset:InsetIndicator",  # figure_kinds:inset_axes
        "matplotlib.layout_engine:ConstrainedLayoutEngine",  # figure_kinds:colorbar
        "matplotlib.legend:DraggableLegend",  # figure_kinds:legend
        "matplotlib.legend:Legend",  # figure_kinds:legend
        "matplotlib.lines:Line2D",  # figure_kinds:3d
        "matplotlib.markers:MarkerStyle",  # figure_kinds:3d
        "matplotlib.offsetbox:DrawingArea",  # figure_kinds:legend
        "matplotlib.offsetbox:HPacker",  # figure_kinds:legend
        "matplotlib.offsetbox:TextArea",  # figure_kinds:legend
        "matplotlib.offsetbox:VPacker",  # figure_kinds:legend
        "matplotlib.patches:ArrowStyle.CurveB",  # figure_kinds:annotations_and_arrows
        "matplotlib.patches:ArrowStyle.CurveFilledB",  # figure_kinds:streamplot
        "matplotlib.patches:BoxStyle.Round",  # figure_kinds:annotations_and_arrows
        "matplotlib.patches:Circle",  # figure_kinds:patches_and_collections
        "matplotlib.patches:ConnectionStyle.Arc3",  # figure_kinds:annotations_and_arrows
        "matplotlib.patches:FancyArrow",  # figure_kinds:annotations_and_arrows
        "matplotlib.patches:FancyArrowPatch",  # figure_kinds:annotations_and_arrows
        "matplotlib.patches:FancyBboxPatch",  # figure_kinds:annotations_and_arrows
        "matplotlib.patches:PathPatch",  # figure_kinds:colorbar
        "matplotlib.patches:Polygon",  # figure_kinds:3d
        "matplotlib.patches:Rectangle",  # figure_kinds:3d
        "matplotlib.patches:Wedge",  # figure_kinds:polar
        "matplotlib.path:Path",  # figure_kinds:3d
        "matplotlib.projections.polar:PolarAffine",  # figure_kinds:polar
        "matplotlib.projections.polar:PolarAxes",  # figure_kinds:polar
        "matplotlib.projections.polar:PolarTransform",  # figure_kinds:polar
        "matplotlib.projections.polar:RadialAxis",  # figure_kinds:polar
        "matplotlib.projections.polar:RadialLocator",  # figure_kinds:polar
        "matplotlib.projections.polar:RadialTick",  # figure_kinds:polar
        "matplotlib.projections.polar:ThetaAxis",  # figure_kinds:polar
        "matplotlib.projections.polar:ThetaFormatter",  # figure_kinds:polar
        "matplotlib.projections.polar:ThetaLocator",  # figure_kinds:polar
        "matplotlib.projections.polar:ThetaTick",  # figure_kinds:polar
        "matplotlib.projections.polar:_AxisWrapper",  # figure_kinds:polar
        "matplotlib.projections.polar:_ThetaShift",  # figure_kinds:polar
        "matplotlib.projections.polar:_WedgeBbox",  # figure_kinds:polar
        "matplotlib.quiver:Barbs",  # figure_kinds:quiver
        "matplotlib.quiver:Quiver",  # figure_kinds:quiver
        "matplotlib.quiver:QuiverKey",  # figure_kinds:quiver
        "matplotlib.scale:LogScale",  # figure_kinds:colorbar
        "matplotlib.scale:LogTransform",  # figure_kinds:colorbar
        "matplotlib.scale:SymmetricalLogScale",  # figure_kinds:log_and_symlog_scales
        "matplotlib.scale:SymmetricalLogTransform",  # figure_kinds:log_and_symlog_scales
        "matplotlib.spines:Spine",  # figure_kinds:3d
        "matplotlib.spines:Spines",  # figure_kinds:3d
        "matplotlib.table:Cell",  # figure_kinds:table
        "matplotlib.table:Table",  # figure_kinds:table
        "matplotlib.text:Annotation",  # figure_kinds:annotations_and_arrows
        "matplotlib.text:Text",  # figure_kinds:3d
        "matplotlib.ticker:AutoLocator",  # figure_kinds:3d
        "matplotlib.ticker:FixedFormatter",  # figure_kinds:violin_and_boxplot
        "matplotlib.ticker:FixedLocator",  # figure_kinds:colorbar
        "matplotlib.ticker:LogFormatterSciNotation",  # figure_kinds:colorbar
        "matplotlib.ticker:LogLocator",  # figure_kinds:colorbar
        "matplotlib.ticker:MaxNLocator",  # figure_kinds:contour
        "matplotlib.ticker:NullFormatter",  # figure_kinds:3d
        "matplotlib.ticker:NullLocator",  # figure_kinds:3d
        "matplotlib.ticker:ScalarFormatter",  # figure_kinds:3d
        "matplotlib.ticker:SymmetricalLogLocator",  # figure_kinds:log_and_symlog_scales
        "matplotlib.ticker:_DummyAxis",  # figure_kinds:contour
        "matplotlib.transforms:Affine2D",  # figure_kinds:3d
        "matplotlib.transforms:AffineDeltaTransform",  # figure_kinds:hexbin
        "matplotlib.transforms:Bbox",  # figure_kinds:3d
        "matplotlib.transforms:BboxTransformFrom",  # figure_kinds:3d
        "matplotlib.transforms:BboxTransformTo",  # figure_kinds:3d
        "matplotlib.transforms:BlendedAffine2D",  # figure_kinds:3d
        "matplotlib.transforms:BlendedGenericTransform",  # figure_kinds:3d
        "matplotlib.transforms:CompositeAffine2D",  # figure_kinds:legend
        "matplotlib.transforms:CompositeGenericTransform",  # figure_kinds:3d
        "matplotlib.transforms:IdentityTransform",  # figure_kinds:3d
        "matplotlib.transforms:LockableBbox",  # figure_kinds:polar
        "matplotlib.transforms:ScaledTranslation",  # figure_kinds:3d
        "matplotlib.transforms:TransformWrapper",  # figure_kinds:3d
        "matplotlib.transforms:TransformedBbox",  # figure_kinds:3d
        "matplotlib.transforms:TransformedPatchPath",  # figure_kinds:polar
        "matplotlib.transforms:TransformedPath",  # figure_kinds:lines
        "mpl_toolkits.mplot3d.art3d:Line3DCollection",  # figure_kinds:3d
        "mpl_toolkits.mplot3d.art3d:Path3DCollection",  # figure_kinds:3d
        "mpl_toolkits.mplot3d.art3d:Poly3DCollection",  # figure_kinds:3d
        "mpl_toolkits.mplot3d.axes3d:Axes3D",  # figure_kinds:3d
        "mpl_toolkits.mplot3d.axis3d:XAxis",  # figure_kinds:3d
        "mpl_toolkits.mplot3d.axis3d:YAxis",  # figure_kinds:3d
        "mpl_toolkits.mplot3d.axis3d:ZAxis",  # figure_kinds:3d
        "numpy.ma:MaskedArray",  # figure_kinds:3d
        "numpy:ndarray",  # figure_kinds:3d
    }
)

# Bound methods pickles hold (callbacks, remove hooks), as type.method.
METHODS = frozenset(
    {
        "builtins:list.remove",  # figure_kinds:3d
        "matplotlib.axes._axes:Axes._remove_legend",  # figure_kinds:legend
        "matplotlib.axes._axes:Axes._unit_change_handler",  # figure_kinds:annotations_and_arrows
        "matplotlib.cbook:CallbackRegistry.disconnect",  # figure_kinds:legend
        "matplotlib.colorbar:Colorbar._cbar_cla",  # figure_kinds:colorbar
        "matplotlib.colorbar:Colorbar._get_view",  # figure_kinds:colorbar
        "matplotlib.colorbar:Colorbar._set_view",  # figure_kinds:colorbar
        "matplotlib.colorbar:Colorbar._set_view_from_bbox",  # figure_kinds:colorbar
        "matplotlib.colorbar:Colorbar.drag_pan",  # figure_kinds:colorbar
        "matplotlib.figure:Figure._remove_axes",  # figure_kinds:inset_axes
        "matplotlib.figure:Figure._remove_suplabel",  # figure_kinds:annotations_and_arrows
        "matplotlib.figure:Figure.delaxes",  # figure_kinds:3d
        "matplotlib.figure:Figure.pick",  # figure_kinds:3d
        "matplotlib.figure:SubFigure._remove_suplabel",  # figure_kinds:subfigures
        "matplotlib.figure:SubFigure.delaxes",  # figure_kinds:subfigures
        "matplotlib.legend:DraggableLegend.on_motion",  # figure_kinds:legend
        "matplotlib.legend:DraggableLegend.on_pick",  # figure_kinds:legend
        "matplotlib.legend:DraggableLegend.on_release",  # figure_kinds:legend
        "matplotlib.legend:Legend._findoffset",  # figure_kinds:legend
        "matplotlib.markers:MarkerStyle._set_circle",  # figure_kinds:categorical_axis
        "matplotlib.markers:MarkerStyle._set_hline",  # figure_kinds:errorbar
        "matplotlib.markers:MarkerStyle._set_nothing",  # figure_kinds:3d
        "matplotlib.markers:MarkerStyle._set_square",  # figure_kinds:errorbar
        "matplotlib.markers:MarkerStyle._set_tickdown",  # figure_kinds:3d
        "matplotlib.markers:MarkerStyle._set_tickleft",  # figure_kinds:annotations_and_arrows
        "matplotlib.markers:MarkerStyle._set_tickright",  # figure_kinds:annotations_and_arrows
        "matplotlib.markers:MarkerStyle._set_tickup",  # figure_kinds:3d
        "matplotlib.markers:MarkerStyle._set_vline",  # figure_kinds:errorbar
        "matplotlib.transforms:BlendedAffine2D.get_affine",  # figure_kinds:3d
        "matplotlib.transforms:BlendedAffine2D.get_matrix",  # figure_kinds:3d
        "matplotlib.transforms:BlendedAffine2D.inverted",  # figure_kinds:3d
        "matplotlib.transforms:BlendedAffine2D.transform",  # figure_kinds:3d
        "matplotlib.transforms:BlendedAffine2D.transform_affine",  # figure_kinds:3d
        "matplotlib.transforms:BlendedAffine2D.transform_non_affine",  # figure_kinds:3d
        "matplotlib.transforms:BlendedAffine2D.transform_path",  # figure_kinds:3d
        "matplotlib.transforms:BlendedAffine2D.transform_path_affine",  # figure_kinds:3d
        "matplotlib.transforms:BlendedAffine2D.transform_path_non_affine",  # figure_kinds:3d
        "matplotlib.transforms:BlendedGenericTransform.get_affine",  # figure_kinds:colorbar
        "matplotlib.transforms:BlendedGenericTransform.get_matrix",  # figure_kinds:colorbar
        "matplotlib.transforms:BlendedGenericTransform.inverted",  # figure_kinds:colorbar
        "matplotlib.transforms:BlendedGenericTransform.transform",  # figure_kinds:colorbar
        "matplotlib.transforms:BlendedGenericTransform.transform_affine",  # figure_kinds:colorbar
        "matplotlib.transforms:BlendedGenericTransform.transform_non_affine",  # figure_kinds:colorbar
        "matplotlib.transforms:BlendedGenericTransform.transform_path",  # figure_kinds:colorbar
        "matplotlib.transforms:BlendedGenericTransform.transform_path_affine",  # figure_kinds:colorbar
        "matplotlib.transforms:BlendedGenericTransform.transform_path_non_affine",  # figure_kinds:colorbar
        "matplotlib.transforms:CompositeGenericTransform.get_affine",  # figure_kinds:polar
        "matplotlib.transforms:CompositeGenericTransform.get_matrix",  # figure_kinds:polar
        "matplotlib.transforms:CompositeGenericTransform.inverted",  # figure_kinds:polar
        "matplotlib.transforms:CompositeGenericTransform.transform",  # figure_kinds:polar
        "matplotlib.transforms:CompositeGenericTransform.transform_affine",  # figure_kinds:polar
        "matplotlib.transforms:CompositeGenericTransform.transform_non_affine",  # figure_kinds:polar
        "matplotlib.transforms:CompositeGenericTransform.transform_path",  # figure_kinds:polar
        "matplotlib.transforms:CompositeGenericTransform.transform_path_affine",  # figure_kinds:polar
        "matplotlib.transforms:CompositeGenericTransform.transform_path_non_affine",  # figure_kinds:polar
        "mpl_toolkits.mplot3d.axes3d:Axes3D._button_press",  # figure_kinds:3d
        "mpl_toolkits.mplot3d.axes3d:Axes3D._button_release",  # figure_kinds:3d
        "mpl_toolkits.mplot3d.axes3d:Axes3D._on_move",  # figure_kinds:3d
        "mpl_toolkits.mplot3d.axes3d:Axes3D._unit_change_handler",  # figure_kinds:3d
    }
)

# Types other than list, dict and set whose instances get items added.
ITEMS = frozenset(
    {
        "collections:OrderedDict",  # figure_kinds:bar
    }
)
