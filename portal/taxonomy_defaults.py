"""The initial shared vocabulary, loaded by a data migration. Editors change names in the admin;
slugs stay as they are here."""

SECTORS = [
    ("securite-alimentaire", "Sécurité alimentaire", "Food security"),
    ("perseverance-scolaire", "Persévérance scolaire", "School perseverance"),
    ("habitation", "Habitation", "Housing"),
    ("sante-services-sociaux", "Santé et services sociaux", "Health and social services"),
    ("emploi-insertion", "Emploi et insertion", "Employment and integration"),
    ("environnement", "Environnement", "Environment"),
    ("petite-enfance", "Petite enfance", "Early childhood"),
    ("immigration-inclusion", "Immigration et inclusion", "Immigration and inclusion"),
    ("culture", "Culture", "Culture"),
    ("transport", "Transport", "Transportation"),
    ("lutte-pauvrete", "Lutte à la pauvreté", "Fighting poverty"),
    ("economie-sociale", "Économie sociale", "Social economy"),
]

AGE_GROUPS = [
    ("0-5", "0 à 5 ans", "0 to 5 years", False),
    ("6-12", "6 à 12 ans", "6 to 12 years", False),
    ("13-17", "13 à 17 ans", "13 to 17 years", False),
    ("18-29", "18 à 29 ans", "18 to 29 years", False),
    ("30-64", "30 à 64 ans", "30 to 64 years", False),
    ("65-plus", "65 ans et plus", "65 and over", False),
    ("tous-ages", "Tous âges", "All ages", True),
]

NEEDS = [
    ("ideation", "Idéation", "Ideation"),
    (
        "experimentation-mobilisation",
        "Expérimentation et mobilisation",
        "Experimentation and mobilization",
    ),
    ("financement", "Financement", "Funding"),
    ("gestion-conformite", "Gestion et conformité", "Management and compliance"),
    (
        "mesure-impact",
        "Mesure d'impact et reddition de comptes",
        "Impact measurement and reporting",
    ),
    ("mise-a-echelle", "Mise à l'échelle et pérennisation", "Scaling and sustainability"),
    ("locaux", "Locaux", "Premises"),
    ("materiel", "Matériel", "Equipment"),
    ("ressources-humaines", "Ressources humaines", "Human resources"),
    ("formation", "Formation", "Training"),
    ("concertation", "Concertation", "Collaboration"),
]


def load_taxonomy_defaults(Sector, AgeGroup, Need):
    """Create the terms that do not exist yet; never overwrite an editor's changes."""
    for order, (slug, fr, en) in enumerate(SECTORS):
        Sector.objects.get_or_create(
            slug=slug, defaults={"name_fr": fr, "name_en": en, "sort_order": order}
        )
    for order, (slug, fr, en, all_ages) in enumerate(AGE_GROUPS):
        AgeGroup.objects.get_or_create(
            slug=slug,
            defaults={"name_fr": fr, "name_en": en, "sort_order": order, "all_ages": all_ages},
        )
    for order, (slug, fr, en) in enumerate(NEEDS):
        Need.objects.get_or_create(
            slug=slug, defaults={"name_fr": fr, "name_en": en, "sort_order": order}
        )
