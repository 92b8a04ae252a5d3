// (méthode b) Un arbre de catégories construit récursivement : une classe qui tient un
// tableau d'objets de sa propre classe (dynamiques, puis par valeur), des méthodes
// récursives, allouer / nouveau, :membre, RENVOYER Null, un tri par membre des enfants
// à chaque niveau et la sérialisation JSON de l'arbre.
CCatégorie est une Classe
	m_sNom est une chaîne
	m_tabEnfants est un tableau de CCatégorie dynamique
	m_nArticles est un entier
FIN

racine est un CCatégorie dynamique = CréeArbre()
Trace(Affiche(racine, 0))
// expect: Catalogue (0)
// expect:   Outillage (2)
// expect:     Vis (120)
// expect:     Clous (80)
// expect:   Jardin (5)
// expect:     Graines (40)
// expect:       Bio (7)
Trace(racine.Total())                        // expect: 254
Trace(Chemin(racine, "vis"))                 // expect: Catalogue > Outillage > Vis
c est un CCatégorie dynamique = Cherche(racine, "OUTILLAGE")
SI c <> Null ALORS Trace(c.m_sNom, c.m_tabEnfants.Occurrence)  // expect: Outillage, 2
Trace(Cherche(racine, "Peinture") = Null)    // expect: 1
Trace(Profondeur(racine))                    // expect: 4

r est un CNoeud("racine")
r.AjouteEnfant("a", 1)
r.AjouteEnfant("b", 5)
r.Enfants[2].AjouteEnfant("b1", 2)
r.Enfants[2].AjouteEnfant("b2", 9)
Trace(r.EnTexte())                           // expect: racine(a,b(b1,b2))
r.Trie()
Trace(r.EnTexte())                           // expect: racine(b(b2,b1),a)
Trace(r.Enfants[1].Enfants[1].Nom)           // expect: b2
sJSON est une chaîne
Sérialise(r, sJSON, psdJSON)
Trace(Position(sJSON, "b2") > 0)             // expect: 1

PROCÉDURE CréeArbre() : CCatégorie dynamique
rRacine est un CCatégorie dynamique = allouer un CCatégorie
rRacine.m_sNom = "Catalogue"
o est un CCatégorie dynamique = rRacine.Ajoute("Outillage", 2)
o.Ajoute("Vis", 120)
o.Ajoute("Clous", 80)
j est un CCatégorie dynamique = rRacine.Ajoute("Jardin", 5)
j.Ajoute("Graines", 40).Ajoute("Bio", 7)
RENVOYER rRacine

PROCÉDURE CCatégorie::Ajoute(LOCAL sNom est une chaîne, nArticles est un entier = 0) : CCatégorie dynamique
e est un CCatégorie dynamique = nouveau CCatégorie
e.m_sNom = sNom
e.m_nArticles = nArticles
TableauAjoute(m_tabEnfants, e)
RENVOYER e

PROCÉDURE CCatégorie::Total() : entier
n est un entier = m_nArticles
POUR TOUT enfant DE m_tabEnfants
	n += enfant.Total()
FIN
RENVOYER n

PROCÉDURE Affiche(cat est un CCatégorie dynamique, nNiveau est un entier) : chaîne
s est une chaîne = Répète("  ", nNiveau) + cat.m_sNom + " (" + cat.m_nArticles + ")"
POUR TOUT e DE cat.m_tabEnfants
	s += RC + Affiche(e, nNiveau + 1)
FIN
RENVOYER s

PROCÉDURE Chemin(cat, sNom) : chaîne
SI cat.m_sNom ~= sNom ALORS RENVOYER cat.m_sNom
POUR i = 1 _À_ cat.m_tabEnfants..Occurrence
	sSuite est une chaîne = Chemin(cat.m_tabEnfants[i], sNom)
	SI sSuite <> "" ALORS RENVOYER cat.m_sNom + " > " + sSuite
FIN
RENVOYER ""

PROCÉDURE Cherche(cat est un CCatégorie dynamique, sNom est une chaîne)
SI Minuscule(cat.m_sNom) = Minuscule(sNom) ALORS RENVOYER cat
POUR TOUT e DE cat.m_tabEnfants
	trouvé est un CCatégorie dynamique = Cherche(e, sNom)
	SI trouvé <> Null ALORS RENVOYER trouvé
FIN
RENVOYER Null

PROCÉDURE Profondeur(cat est un CCatégorie dynamique) : entier
nMax est un entier = 0
POUR TOUT e DE cat.m_tabEnfants
	nMax = Max(nMax, Profondeur(e))
FIN
RENVOYER nMax + 1

CNoeud est une Classe
	PUBLIQUE
	Nom est une chaîne
	Enfants est un tableau de CNoeud
	Poids est un entier
FIN

PROCÉDURE CNoeud::Constructeur(LOCAL sNom est une chaîne = "", nPoids est un entier = 0)
:Nom = sNom
:Poids = nPoids

PROCÉDURE CNoeud::AjouteEnfant(sNom, nPoids = 0)
n est un CNoeud(sNom, nPoids)
Ajoute(:Enfants, n)
RENVOYER :Enfants..Occurrence

PROCÉDURE CNoeud::Trie()
TableauTrie(:Enfants, ttMembre + ttDécroissant, "Poids")
POUR i = 1 A :Enfants.Occurrence
	:Enfants[i].Trie()
FIN

PROCÉDURE CNoeud::EnTexte() : chaîne
s est une chaîne = :Nom
SI :Enfants.Occurrence > 0 ALORS
	s += "("
	POUR TOUT e DE :Enfants
		s += e.EnTexte() + ","
	FIN
	s = s[[A Taille(s) - 1]] + ")"
FIN
RENVOYER s
