import factory

from portal.models import MRC, AgeGroup, Need, Organization, Sector


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Organisme communautaire {n}")
    kind = Organization.Kind.OBNL


def mrc(code):
    return MRC.objects.get(code=code)


def sector(slug):
    return Sector.objects.get(slug=slug)


def age_group(slug):
    return AgeGroup.objects.get(slug=slug)


def need(slug):
    return Need.objects.get(slug=slug)
