def site_navigation(request):
    """Main navigation, resolved once per request from the pages that exist for the language."""
    from portal.navigation import main_navigation

    return {"main_navigation": main_navigation(request)}
