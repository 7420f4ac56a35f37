"""Demo organizations: the carriers, providers and members the other apps' demo content uses."""

from portal.models import MRC, Organization

# (name, kind, MRC code or "", website)
ORGANIZATIONS = [
    ("Moisson Estrie", "obnl", "430", "https://example.org/moisson-estrie"),
    ("Corporation de développement communautaire de Memphrémagog", "obnl", "450", ""),
    ("Carrefour jeunesse-emploi de Rimouski-Neigette", "obnl", "100", ""),
    ("CISSS du Bas-Saint-Laurent", "sante", "100", ""),
    ("CIUSSS de l'Estrie – CHUS", "sante", "430", ""),
    ("Centre de services scolaire des Sommets", "enseignement", "450", ""),
    ("Cégep de Rimouski", "enseignement", "100", ""),
    ("Coopérative de solidarité Le Frigo partagé", "coop", "660", ""),
    ("Épicerie solidaire du Plateau", "obnl", "660", ""),
    ("Maison des jeunes de Magog", "obnl", "450", ""),
    ("Table des aînés de la MRC de Lotbinière", "obnl", "330", ""),
    ("Transport collectif de la Matapédia", "obnl", "070", ""),
    ("Ville de Sherbrooke", "municipalite", "430", ""),
    ("MRC de La Haute-Yamaska", "municipalite", "470", ""),
    ("Fonds québécois d'initiatives sociales", "public", "", ""),
    ("Fondation communautaire du Saguenay", "obnl", "941", ""),
    ("Réseau québécois en innovation sociale", "obnl", "", ""),
    ("Territoires innovants en économie sociale et solidaire", "obnl", "660", ""),
    ("Centre de la petite enfance Les Lucioles", "obnl", "810", ""),
    ("Accueil des nouveaux arrivants de Gatineau", "obnl", "810", ""),
    ("Fiducie foncière communautaire de Québec", "obnl", "230", ""),
    ("Jardins collectifs de Trois-Rivières", "obnl", "371", ""),
    ("Entreprise d'insertion Le Tremplin", "obnl", "251", ""),
    ("Coopérative d'habitation du Vieux-Longueuil", "coop", "580", ""),
    ("Travail de rue Abitibi", "obnl", "880", ""),
    ("Cuisines collectives de la Côte-Nord", "obnl", "971", ""),
    ("Carrefour action municipale et famille", "obnl", "", ""),
    ("Université du Québec à Chicoutimi", "enseignement", "941", ""),
    ("Centre d'action bénévole de Laval", "obnl", "650", ""),
    ("Maison de la famille de Lévis", "obnl", "251", ""),
    ("Table de concertation en sécurité alimentaire de la Gaspésie", "obnl", "030", ""),
    ("Caisse Desjardins du Haut-Richelieu", "entreprise", "560", ""),
    ("Centraide Mauricie", "obnl", "371", ""),
    ("Ministère de l'Emploi et de la Solidarité sociale", "public", "", ""),
    ("Aide aux devoirs Le Phare", "obnl", "650", ""),
    ("Écohabitation Lanaudière", "obnl", "640", ""),
]


def seed(options, rng, log):
    mrcs = {mrc.code: mrc for mrc in MRC.objects.all()}
    created = 0
    for name, kind, mrc_code, website in ORGANIZATIONS:
        _, was_created = Organization.objects.update_or_create(
            name=name,
            defaults={
                "kind": kind,
                "mrc": mrcs.get(mrc_code),
                "website": website,
                "email": "",
                "phone": "",
            },
        )
        created += was_created
    log(f"organizations: {len(ORGANIZATIONS)} ({created} new)")
