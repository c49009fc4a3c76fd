"""The frame-pipeline benchmark: webfig-desktop against WebAgg and QtAgg."""
