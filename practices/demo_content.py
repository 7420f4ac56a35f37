"""Kinds of practices and stories people in Québec's community sector actually share, as text
templates for the demo (see /work/shared/notes/domain.md). "{lieu}" is replaced by the MRC's
name. English versions are used for the pages the demo translates."""

PRACTICES = [
    {
        "key": "cuisines-collectives",
        "title": "Cuisines collectives familiales",
        "title_en": "Family community kitchens",
        "summary": "Des familles cuisinent ensemble une fois par mois et repartent avec des "
        "portions pour la semaine, à faible coût.",
        "summary_en": "Families cook together once a month and take home meals for the week, "
        "at low cost.",
        "need": "Dans {lieu}, le coût du panier d'épicerie pèse lourd pour les familles à faible "
        "revenu, et plusieurs parents se sentent isolés.",
        "need_en": "In {lieu}, the cost of groceries weighs heavily on low-income families, and "
        "many parents feel isolated.",
        "description": [
            "Chaque groupe de cinq à sept personnes planifie ses recettes, fait les achats en "
            "commun et cuisine une journée par mois dans une cuisine certifiée.",
            "Une animatrice accompagne les nouveaux groupes pendant six mois, puis les groupes "
            "s'autogèrent.",
        ],
        "people": "Une animatrice à 21 heures par semaine, une dizaine de bénévoles.",
        "money": "Environ 38 000 $ par an, surtout pour l'animation.",
        "material": "Ustensiles, contenants réutilisables, un congélateur coffre.",
        "premises": "La cuisine du sous-sol d'église, prêtée deux jours par semaine.",
        "indicators": [("Portions cuisinées", "9 600", "portions"), ("Familles", "64", "")],
        "worked": "Le jumelage avec l'épicerie solidaire pour les achats en gros a réduit le "
        "coût par portion de moitié.",
        "did_not": "Les horaires de jour excluaient les parents qui travaillent.",
        "differently": "Offrir un groupe de soir dès le départ.",
        "worked_en": "Buying in bulk with the solidarity grocery halved the cost per portion.",
        "did_not_en": "Daytime schedules shut out working parents.",
        "transfer": "Une cuisine conforme aux normes du MAPAQ, une animatrice formée et un "
        "partenaire pour les achats en gros suffisent pour démarrer.",
        "transfer_en": "A kitchen meeting food-safety standards, a trained facilitator and a "
        "bulk-buying partner are enough to start.",
        "sectors": ["securite-alimentaire", "lutte-pauvrete"],
        "ages": ["30-64", "tous-ages"],
    },
    {
        "key": "frigo-communautaire",
        "title": "Frigo communautaire en libre-service",
        "title_en": "Self-service community fridge",
        "summary": "Un réfrigérateur accessible jour et nuit où commerces et citoyens déposent "
        "leurs surplus, et où chacun se sert sans justification.",
        "summary_en": "A fridge open day and night where shops and residents leave their "
        "surplus food and anyone helps themselves.",
        "need": "Des commerces de {lieu} jetaient chaque soir des aliments encore bons pendant "
        "que des ménages sautaient des repas.",
        "need_en": "Shops in {lieu} threw out good food every night while households skipped "
        "meals.",
        "description": [
            "Le frigo est installé devant le centre communautaire. Des bénévoles le nettoient "
            "chaque jour et notent les dépôts dans un registre.",
            "Trois épiceries et une boulangerie y déposent leurs invendus trois fois par semaine.",
        ],
        "people": "Une coordonnatrice à 7 heures par semaine et 15 bénévoles.",
        "money": "6 500 $ pour l'achat et l'installation, 1 200 $ par an d'électricité.",
        "material": "Un réfrigérateur commercial, un abri, un thermomètre enregistreur.",
        "premises": "Un emplacement extérieur éclairé, avec une prise électrique.",
        "indicators": [("Aliments redistribués", "11", "tonnes"), ("Commerces donateurs", "4", "")],
        "worked": "Le registre des températures a rassuré la santé publique et les commerçants.",
        "did_not": "Sans horaire de nettoyage affiché, le frigo a été mal entretenu l'été.",
        "differently": "Nommer une personne responsable par jour de la semaine.",
        "worked_en": "The temperature log reassured public health and the shop owners.",
        "did_not_en": "Without a posted cleaning schedule, upkeep slipped in summer.",
        "transfer": "Prévoir une entente écrite avec les commerces et une procédure de "
        "salubrité simple, affichée sur le frigo.",
        "transfer_en": "Plan a written agreement with the shops and a simple food-safety "
        "routine posted on the fridge.",
        "sectors": ["securite-alimentaire", "environnement"],
        "ages": ["tous-ages"],
    },
    {
        "key": "aide-aux-devoirs",
        "title": "Aide aux devoirs avec des étudiants du cégep",
        "title_en": "Homework help with college students",
        "summary": "Des étudiants du cégep accompagnent des élèves du primaire deux soirs par "
        "semaine, à la bibliothèque municipale.",
        "summary_en": "College students tutor primary-school pupils two evenings a week at the "
        "public library.",
        "need": "Dans {lieu}, le taux de retard scolaire en 6e année dépasse la moyenne "
        "régionale, et plusieurs parents ne peuvent pas aider aux devoirs.",
        "need_en": "In {lieu}, grade-6 pupils fall behind more than the regional average, and "
        "many parents cannot help with homework.",
        "description": [
            "Chaque étudiant suit deux ou trois élèves toute l'année. Une enseignante retraitée "
            "forme les étudiants et fait le lien avec l'école.",
            "Une collation est servie à chaque séance; les parents sont invités une fois par "
            "trimestre.",
        ],
        "people": "Une coordonnatrice à mi-temps, 18 étudiants rémunérés en stage.",
        "money": "52 000 $ par an, dont la moitié en bourses aux étudiants.",
        "material": "Trousses de lecture, tablettes prêtées par le centre de services scolaire.",
        "premises": "Deux salles de la bibliothèque municipale, gratuites.",
        "indicators": [("Élèves suivis", "54", "élèves"), ("Taux de présence", "87", "%")],
        "worked": "Le lien direct avec les enseignantes pour choisir les élèves.",
        "did_not": "Le transport des élèves les soirs d'hiver.",
        "differently": "Prévoir un budget de transport dès la demande de financement.",
        "worked_en": "Working directly with teachers to choose the pupils.",
        "did_not_en": "Getting pupils there on winter evenings.",
        "transfer": "Une entente avec le cégep pour la reconnaissance du stage et un local "
        "calme à proximité de l'école.",
        "transfer_en": "An agreement with the college to credit the internship and a quiet "
        "room near the school.",
        "sectors": ["perseverance-scolaire"],
        "ages": ["6-12", "18-29"],
    },
    {
        "key": "transport-solidaire",
        "title": "Transport solidaire rural",
        "title_en": "Rural solidarity transportation",
        "summary": "Des chauffeurs bénévoles conduisent les aînés et les personnes sans voiture "
        "à leurs rendez-vous, réservés par téléphone.",
        "summary_en": "Volunteer drivers take seniors and people without a car to their "
        "appointments, booked by phone.",
        "need": "Dans {lieu}, aucun transport en commun ne relie les villages au centre de "
        "services, et des rendez-vous médicaux sont manqués.",
        "need_en": "In {lieu}, no public transit links the villages to the service centre, and "
        "medical appointments are missed.",
        "description": [
            "Une répartitrice reçoit les demandes 48 heures d'avance et les jumelle aux "
            "chauffeurs bénévoles, remboursés au kilomètre.",
            "Les usagers paient une contribution modeste selon la distance.",
        ],
        "people": "Une répartitrice à 25 heures par semaine et 30 chauffeurs bénévoles.",
        "money": "45 000 $ par an, dont 60 % en remboursement de kilométrage.",
        "material": "Un logiciel de répartition partagé avec la MRC voisine.",
        "premises": "Un bureau au centre d'action bénévole.",
        "indicators": [("Déplacements", "3 100", "par an"), ("Usagers", "240", "")],
        "worked": "Le partage du logiciel et de la répartition avec la MRC voisine.",
        "did_not": "Le recrutement de chauffeurs de moins de 65 ans.",
        "differently": "Approcher les employeurs pour des chauffeurs en retraite progressive.",
        "worked_en": "Sharing the dispatch software with the neighbouring MRC.",
        "did_not_en": "Recruiting drivers under 65.",
        "transfer": "Une assurance adaptée aux bénévoles et une entente avec le transport "
        "collectif de la MRC pour éviter les dédoublements.",
        "transfer_en": "Insurance suited to volunteers and an agreement with the MRC's transit "
        "service to avoid duplication.",
        "sectors": ["transport", "sante-services-sociaux"],
        "ages": ["65-plus"],
    },
    {
        "key": "halte-garderie",
        "title": "Halte-garderie communautaire",
        "title_en": "Community drop-in daycare",
        "summary": "Une halte-garderie ouverte quatre demi-journées par semaine permet aux "
        "parents de suivre une formation ou de passer une entrevue.",
        "summary_en": "A drop-in daycare open four half-days a week lets parents take a course "
        "or go to a job interview.",
        "need": "Les places en CPE manquent dans {lieu}, et des parents renoncent à une "
        "formation faute de garde.",
        "need_en": "Daycare places are scarce in {lieu}, and parents give up on training for "
        "lack of childcare.",
        "description": [
            "Deux éducatrices accueillent jusqu'à douze enfants de 18 mois à 5 ans, sur "
            "réservation la veille.",
            "La halte est située dans l'immeuble où se donnent les cours de francisation.",
        ],
        "people": "Deux éducatrices qualifiées et une aide-éducatrice.",
        "money": "70 000 $ par an, tarif de 5 $ la demi-journée.",
        "material": "Jeux éducatifs, lits de repos, matériel de premiers soins.",
        "premises": "Un local de 80 m² conforme, avec une sortie extérieure.",
        "indicators": [("Enfants accueillis", "112", ""), ("Parents en formation", "47", "")],
        "worked": "Placer la halte dans le même bâtiment que les formations.",
        "did_not": "Les réservations de dernière minute, difficiles à planifier.",
        "differently": "Garder deux places libres pour les urgences.",
        "worked_en": "Locating the daycare in the same building as the courses.",
        "did_not_en": "Last-minute bookings, hard to plan for.",
        "transfer": "Un local conforme et une entente avec l'organisme de formation voisin.",
        "transfer_en": "A compliant room and an agreement with the training organization next "
        "door.",
        "sectors": ["petite-enfance", "emploi-insertion"],
        "ages": ["0-5", "30-64"],
    },
    {
        "key": "activites-intergenerationnelles",
        "title": "Jardin intergénérationnel",
        "title_en": "Intergenerational garden",
        "summary": "Des aînés d'une résidence et des élèves du primaire cultivent ensemble un "
        "potager, d'avril à octobre.",
        "summary_en": "Seniors from a residence and primary-school pupils grow a vegetable "
        "garden together from April to October.",
        "need": "L'isolement des aînés dans {lieu} s'est accentué depuis la fermeture du club "
        "de l'âge d'or.",
        "need_en": "Seniors' isolation in {lieu} grew after the seniors' club closed.",
        "description": [
            "Chaque semaine, une classe rejoint un groupe d'aînés au jardin. Les aînés "
            "transmettent leurs savoirs; les enfants font les travaux plus physiques.",
            "La récolte est partagée entre la cuisine de la résidence et le frigo communautaire.",
        ],
        "people": "Une animatrice de loisirs à temps partiel, deux enseignantes.",
        "money": "12 000 $ par an.",
        "material": "Bacs surélevés accessibles en fauteuil, outils adaptés.",
        "premises": "Le terrain de la résidence.",
        "indicators": [("Aînés participants", "26", ""), ("Élèves", "48", "")],
        "worked": "Les bacs surélevés ont permis aux aînés à mobilité réduite de participer.",
        "did_not": "Les vacances scolaires coupaient le lien en juillet.",
        "differently": "Impliquer le camp de jour municipal pendant l'été.",
        "worked_en": "Raised beds let seniors with reduced mobility take part.",
        "did_not_en": "School holidays broke the link in July.",
        "transfer": "Un terrain ensoleillé, une école à distance de marche et une personne qui "
        "coordonne les horaires.",
        "transfer_en": "A sunny plot, a school within walking distance and someone to "
        "coordinate schedules.",
        "sectors": ["environnement", "sante-services-sociaux"],
        "ages": ["65-plus", "6-12"],
    },
    {
        "key": "fiducie-fonciere",
        "title": "Fiducie foncière communautaire",
        "title_en": "Community land trust",
        "summary": "Une fiducie acquiert des terrains pour les soustraire à la spéculation et y "
        "développer du logement abordable à perpétuité.",
        "summary_en": "A trust buys land to take it off the speculative market and build "
        "permanently affordable housing.",
        "need": "Les loyers de {lieu} ont augmenté de 30 % en cinq ans, et des organismes "
        "perdent leurs locaux.",
        "need_en": "Rents in {lieu} rose 30% in five years, and organizations are losing their "
        "premises.",
        "description": [
            "La fiducie d'utilité sociale détient le sol; des coopératives et des OBNL "
            "d'habitation détiennent les bâtiments par bail emphytéotique.",
            "Le conseil réunit résidents, organismes et représentants municipaux.",
        ],
        "people": "Un chargé de projet, un conseil de neuf personnes, des notaires bénévoles.",
        "money": "Un prêt patient de 1,2 M$ et des dons fonciers.",
        "material": "",
        "premises": "",
        "indicators": [("Logements protégés", "48", "logements"), ("Terrains acquis", "3", "")],
        "worked": "Le don d'un premier terrain par une communauté religieuse a tout débloqué.",
        "did_not": "Les délais juridiques, beaucoup plus longs que prévu.",
        "differently": "S'entourer dès le début d'un notaire familier avec les fiducies.",
        "worked_en": "A first land donation by a religious community unlocked everything.",
        "did_not_en": "Legal delays, much longer than expected.",
        "transfer": "Des statuts types existent; il faut surtout un premier terrain et un "
        "financement patient.",
        "transfer_en": "Model bylaws exist; what it takes most is a first site and patient "
        "capital.",
        "sectors": ["habitation", "economie-sociale"],
        "ages": ["tous-ages"],
    },
    {
        "key": "entreprise-insertion",
        "title": "Entreprise d'insertion en récupération de meubles",
        "title_en": "Furniture-recovery work-integration enterprise",
        "summary": "Des jeunes adultes éloignés du marché du travail réparent et revendent des "
        "meubles usagés pendant un parcours de 26 semaines.",
        "summary_en": "Young adults far from the job market repair and resell used furniture "
        "during a 26-week program.",
        "need": "Dans {lieu}, des jeunes sans diplôme cumulent les échecs d'emploi faute "
        "d'expérience.",
        "need_en": "In {lieu}, young people without a diploma keep failing at jobs for lack of "
        "experience.",
        "description": [
            "Le parcours combine travail rémunéré à l'atelier, accompagnement psychosocial et "
            "formation en santé-sécurité.",
            "La boutique finance le tiers du budget par ses ventes.",
        ],
        "people": "Trois compagnons de travail, une intervenante, une conseillère en emploi.",
        "money": "480 000 $ par an, dont un tiers de revenus de vente.",
        "material": "Un atelier d'ébénisterie, un camion de cueillette.",
        "premises": "Un entrepôt de 900 m² avec vitrine.",
        "indicators": [("Participants en emploi ou aux études après 6 mois", "71", "%")],
        "worked": "Le salaire dès la première semaine a retenu les participants.",
        "did_not": "Les ventes ont chuté pendant les travaux de la rue.",
        "differently": "Développer la vente en ligne plus tôt.",
        "worked_en": "Paying wages from the first week kept participants in.",
        "did_not_en": "Sales dropped during street works.",
        "transfer": "Une reconnaissance comme entreprise d'insertion et un marché local pour "
        "les meubles réparés.",
        "transfer_en": "Recognition as a work-integration enterprise and a local market for "
        "repaired furniture.",
        "sectors": ["emploi-insertion", "economie-sociale", "environnement"],
        "ages": ["18-29"],
    },
    {
        "key": "francisation",
        "title": "Francisation en milieu de travail",
        "title_en": "French classes at work",
        "summary": "Des cours de français donnés sur les lieux de travail, sur les heures "
        "payées, pour les travailleurs immigrants de PME.",
        "summary_en": "French classes held at the workplace, on paid time, for immigrant "
        "workers in small businesses.",
        "need": "Des travailleurs immigrants de {lieu} ne pouvaient pas suivre les cours du "
        "soir après leur quart de travail.",
        "need_en": "Immigrant workers in {lieu} could not attend evening classes after their "
        "shifts.",
        "description": [
            "Une enseignante se déplace dans quatre entreprises, deux fois par semaine. Le "
            "vocabulaire vient du travail de chacun.",
            "Un volet d'accueil présente les services de la région aux familles.",
        ],
        "people": "Deux enseignantes, une agente de liaison avec les employeurs.",
        "money": "95 000 $, partagés entre le ministère et les employeurs.",
        "material": "Cahiers adaptés à chaque métier.",
        "premises": "Salles de pause des entreprises.",
        "indicators": [("Travailleurs inscrits", "63", ""), ("Niveau gagné en moyenne", "2", "")],
        "worked": "Le vocabulaire tiré du métier a motivé les participants.",
        "did_not": "Les changements d'horaire de production annulaient des cours.",
        "differently": "Signer un calendrier avec chaque employeur en début de session.",
        "worked_en": "Job-specific vocabulary motivated participants.",
        "did_not_en": "Production schedule changes cancelled classes.",
        "transfer": "Des employeurs prêts à libérer du temps payé et une enseignante mobile.",
        "transfer_en": "Employers willing to release paid time and a mobile teacher.",
        "sectors": ["immigration-inclusion", "emploi-insertion"],
        "ages": ["18-29", "30-64"],
    },
    {
        "key": "travail-de-rue",
        "title": "Travail de rue en milieu rural",
        "title_en": "Rural street outreach",
        "summary": "Deux travailleuses de rue vont à la rencontre des jeunes dans les parcs, "
        "les arénas et sur les réseaux sociaux.",
        "summary_en": "Two outreach workers meet young people in parks, arenas and on social "
        "media.",
        "need": "Dans {lieu}, des jeunes en difficulté n'utilisent aucun service et les "
        "distances empêchent de les joindre.",
        "need_en": "In {lieu}, struggling young people use no service and distances make them "
        "hard to reach.",
        "description": [
            "Les travailleuses de rue sillonnent le territoire en voiture et tiennent une "
            "présence régulière aux mêmes endroits.",
            "Elles accompagnent vers les services de santé, d'emploi et de logement.",
        ],
        "people": "Deux travailleuses de rue à temps plein, une superviseure clinique.",
        "money": "130 000 $ par an.",
        "material": "Une voiture, deux téléphones, du matériel de réduction des méfaits.",
        "premises": "Un bureau discret au centre du territoire.",
        "indicators": [("Jeunes rejoints", "310", "par an"), ("Accompagnements", "190", "")],
        "worked": "La présence en ligne a multiplié les premiers contacts.",
        "did_not": "Le roulement de personnel a brisé des liens de confiance.",
        "differently": "Prévoir un chevauchement d'un mois entre les intervenantes.",
        "worked_en": "Online presence multiplied first contacts.",
        "did_not_en": "Staff turnover broke bonds of trust.",
        "transfer": "Une supervision clinique régulière et un financement sur au moins trois ans.",
        "transfer_en": "Regular clinical supervision and funding for at least three years.",
        "sectors": ["sante-services-sociaux", "lutte-pauvrete"],
        "ages": ["13-17", "18-29"],
    },
    {
        "key": "mutualisation",
        "title": "Poste partagé entre deux organismes",
        "title_en": "A position shared by two organizations",
        "summary": "Deux petits organismes partagent une agente de communication, trois jours "
        "chez l'un, deux jours chez l'autre.",
        "summary_en": "Two small organizations share a communications officer, three days at "
        "one and two at the other.",
        "need": "Aucun des organismes de {lieu} n'avait les moyens d'un poste à temps plein.",
        "need_en": "No organization in {lieu} could afford a full-time position.",
        "description": [
            "Une entente de service précise les jours, les priorités et le partage des coûts. "
            "L'employeur légal est l'organisme le plus grand.",
        ],
        "people": "Une agente de communication à temps plein.",
        "money": "Salaire partagé 60/40.",
        "material": "Un ordinateur portable, des licences partagées.",
        "premises": "Un poste de travail dans chaque organisme.",
        "indicators": [("Durée de l'entente", "3", "ans")],
        "worked": "Une rencontre mensuelle à trois pour arbitrer les priorités.",
        "did_not": "Les urgences des deux organismes tombaient les mêmes semaines.",
        "differently": "Prévoir une banque d'heures flexible.",
        "worked_en": "A monthly three-way meeting to settle priorities.",
        "did_not_en": "Both organizations had their rush in the same weeks.",
        "transfer": "Une entente écrite et un bon climat de confiance entre les directions.",
        "transfer_en": "A written agreement and trust between the two directors.",
        "sectors": ["economie-sociale"],
        "ages": ["tous-ages"],
    },
    {
        "key": "forum-citoyen",
        "title": "Forum citoyen sur le développement social",
        "title_en": "Citizen forum on social development",
        "summary": "Un forum annuel réunit citoyens, organismes et élus pour fixer les "
        "priorités du plan d'action de la table de développement social.",
        "summary_en": "A yearly forum brings residents, organizations and elected officials "
        "together to set the social-development table's priorities.",
        "need": "La table de développement social de {lieu} peinait à entendre les citoyens "
        "directement concernés.",
        "need_en": "The social-development table in {lieu} struggled to hear from the people "
        "most concerned.",
        "description": [
            "Le forum se tient un samedi, avec halte-garderie et transport offerts. Les "
            "priorités sont votées en fin de journée.",
        ],
        "people": "Une agente de liaison, une vingtaine d'animateurs bénévoles.",
        "money": "15 000 $ par édition.",
        "material": "Matériel d'animation, système de vote.",
        "premises": "Le gymnase de l'école secondaire.",
        "indicators": [("Participants", "180", ""), ("Dont citoyens", "55", "%")],
        "worked": "Offrir la garde d'enfants et le transport a doublé la participation.",
        "did_not": "Les suivis entre deux forums n'étaient pas assez visibles.",
        "differently": "Publier un bilan à mi-année.",
        "worked_en": "Offering childcare and transport doubled turnout.",
        "did_not_en": "Follow-ups between forums were not visible enough.",
        "transfer": "Une table de concertation engagée à donner suite aux votes.",
        "transfer_en": "A concertation table committed to acting on the votes.",
        "sectors": ["lutte-pauvrete"],
        "ages": ["tous-ages"],
    },
]

STORIES = [
    {
        "key": "epicerie-mobile",
        "verdict": "mauvais-coup",
        "title": "L'épicerie mobile qui n'a pas roulé",
        "title_en": "The mobile grocery that never took off",
        "summary": "Un camion-épicerie devait desservir les villages sans commerce de {lieu}; "
        "il s'est arrêté après huit mois.",
        "summary_en": "A grocery truck was to serve the villages of {lieu} with no store; it "
        "stopped after eight months.",
        "body": [
            "Le projet avait été bien reçu lors des consultations. Mais les arrêts, fixés sans "
            "les municipalités, tombaient aux heures où les gens travaillaient.",
            "Les ventes n'ont jamais couvert le carburant et l'entretien.",
        ],
        "causes": "Un itinéraire trop long, des arrêts mal choisis et le coût du carburant "
        "sous-estimé de moitié.",
        "lessons": "Valider les arrêts et les horaires avec les municipalités et tester avec "
        "un véhicule loué avant d'acheter.",
        "differently": "Commencer par une commande en ligne avec point de cueillette.",
        "sectors": ["securite-alimentaire", "transport"],
        "ages": ["65-plus", "tous-ages"],
    },
    {
        "key": "concertation-jeunesse",
        "verdict": "bon-coup",
        "title": "Une seule table jeunesse au lieu de trois",
        "title_en": "One youth table instead of three",
        "summary": "Trois tables jeunesse de {lieu} ont fusionné et libéré du temps pour "
        "l'action plutôt que pour les réunions.",
        "summary_en": "Three youth tables in {lieu} merged and freed time for action rather "
        "than meetings.",
        "body": [
            "Les mêmes organismes siégeaient aux trois tables. Un portrait partagé a montré "
            "les dédoublements.",
            "La nouvelle table a un seul plan d'action et trois chantiers.",
        ],
        "causes": "Une coordonnatrice neutre et un portrait chiffré ont convaincu les membres.",
        "lessons": "La fusion passe mieux quand chacun garde un chantier qui lui tient à cœur.",
        "differently": "Associer les bailleurs de fonds dès le début.",
        "sectors": ["perseverance-scolaire"],
        "ages": ["13-17", "18-29"],
    },
    {
        "key": "speed-dating",
        "verdict": "bon-coup",
        "title": "Le speed dating de projets",
        "title_en": "Project speed dating",
        "summary": "En une matinée, vingt organismes de {lieu} ont présenté leurs projets et "
        "formé six partenariats.",
        "summary_en": "In one morning, twenty organizations in {lieu} presented their projects "
        "and formed six partnerships.",
        "body": [
            "Chaque organisme disposait de cinq minutes par rencontre. Une fiche d'une page "
            "résumait besoins et offres.",
        ],
        "causes": "Le format court et les fiches préparées à l'avance.",
        "lessons": "Un suivi à trois mois a permis de concrétiser les partenariats.",
        "differently": "Inviter aussi les municipalités.",
        "sectors": ["economie-sociale"],
        "ages": ["tous-ages"],
    },
    {
        "key": "plateforme-benevoles",
        "verdict": "mauvais-coup",
        "title": "La plateforme de bénévolat que personne n'a utilisée",
        "title_en": "The volunteering platform nobody used",
        "summary": "Une plateforme web de jumelage de bénévoles, développée à grands frais, a "
        "été abandonnée en un an.",
        "summary_en": "A costly volunteer-matching website was abandoned within a year.",
        "body": [
            "La plateforme a été conçue sans les bénévoles âgés, qui préféraient le téléphone.",
            "Les organismes n'avaient pas le temps de mettre leurs offres à jour.",
        ],
        "causes": "Un outil choisi avant de comprendre les habitudes des usagers.",
        "lessons": "Observer comment les gens s'organisent déjà avant de choisir un outil.",
        "differently": "Commencer par une ligne téléphonique et une liste partagée.",
        "sectors": ["sante-services-sociaux"],
        "ages": ["65-plus"],
    },
    {
        "key": "agent-liaison",
        "verdict": "mitige",
        "title": "Un agent de liaison entre tables locales et régionales",
        "title_en": "A liaison officer between local and regional tables",
        "summary": "L'information circule mieux, mais le poste repose sur un financement non "
        "récurrent.",
        "summary_en": "Information flows better, but the position relies on one-off funding.",
        "body": [
            "L'agent assiste aux tables locales de {lieu} et rapporte à la table régionale. "
            "Les dédoublements ont diminué.",
            "Le financement se termine l'an prochain, sans relève assurée.",
        ],
        "causes": "Un besoin réel, mais aucun bailleur ne finance la concertation à long terme.",
        "lessons": "Documenter les retombées dès la première année pour préparer la suite.",
        "differently": "Partager le poste entre plusieurs MRC dès le départ.",
        "sectors": ["lutte-pauvrete"],
        "ages": ["tous-ages"],
    },
    {
        "key": "cuisine-scolaire",
        "verdict": "bon-coup",
        "title": "Des déjeuners préparés par les élèves",
        "title_en": "Breakfasts cooked by the students",
        "summary": "Une école secondaire de {lieu} confie la préparation des déjeuners à un "
        "groupe d'élèves, encadrés par une cuisinière.",
        "summary_en": "A high school in {lieu} has students cook breakfast, with a cook's "
        "guidance.",
        "body": ["Les élèves gagnent des compétences et les déjeuners sont servis à tous."],
        "causes": "Une direction qui a libéré une période par jour.",
        "lessons": "Servir tout le monde évite de stigmatiser les élèves qui ont faim.",
        "differently": "Prévoir le remplacement de la cuisinière pendant ses vacances.",
        "sectors": ["securite-alimentaire", "perseverance-scolaire"],
        "ages": ["13-17"],
    },
    {
        "key": "logement-transitoire",
        "verdict": "mauvais-coup",
        "title": "Le logement transitoire ouvert trop vite",
        "title_en": "The transitional housing that opened too fast",
        "summary": "Ouvert sans équipe d'intervention complète, un projet de logement "
        "transitoire a dû fermer six unités sur dix.",
        "summary_en": "Opened without a full support team, a transitional-housing project had "
        "to close six units out of ten.",
        "body": ["La pression pour ouvrir avant l'hiver a primé sur la préparation."],
        "causes": "Un recrutement en retard et un seul intervenant de nuit.",
        "lessons": "Ne pas ouvrir avant que l'équipe soit complète, même sous pression.",
        "differently": "Ouvrir par phases, deux unités à la fois.",
        "sectors": ["habitation", "sante-services-sociaux"],
        "ages": ["18-29", "30-64"],
    },
    {
        "key": "accueil-nouveaux-arrivants",
        "verdict": "mitige",
        "title": "Un parrainage de familles nouvellement arrivées",
        "title_en": "Sponsoring newly arrived families",
        "summary": "Des familles de {lieu} parrainent des familles immigrantes la première "
        "année; les liens tiennent, mais peu de familles restent dans la région.",
        "summary_en": "Local families sponsor immigrant families in their first year; bonds "
        "last, but few families stay in the region.",
        "body": ["Le jumelage a créé des amitiés durables."],
        "causes": "Le manque d'emplois qualifiés et de logements a fait partir les familles.",
        "lessons": "Le parrainage doit s'accompagner d'un volet emploi.",
        "differently": "Associer les employeurs dès l'accueil.",
        "sectors": ["immigration-inclusion"],
        "ages": ["tous-ages"],
    },
]
