# Admin of the resources-by-need directory.
