from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "portal.caching"
    label = "portal_caching"
    verbose_name = "Page cache"

    def ready(self):
        # Connected here rather than in the middleware so that publishing from a management
        # command (publish_scheduled, imports) invalidates the cache too.
        from . import signals

        signals.connect()
