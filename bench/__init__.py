"""The frame-pipeline benchmark of issue 6: webfig-desktop against WebAgg and QtAgg."""
