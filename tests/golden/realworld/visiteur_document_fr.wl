// Un arbre de document (sections, paragraphes, tableaux) parcouru par des visiteurs :
// une classe de base abstraite dont chaque classe dérivée redéfinit la méthode abstraite,
// des membres PROTÉGÉS, le constructeur de l'ancêtre appelé par son nom, ExécuteAncêtre
// dans une méthode redéfinie, un visiteur à qui l'on passe MoiMême (méthode b, L 6 déc.
// 2026 : passe tel qu'écrit ; jumeau anglais : document_visitor_en.wl).
CNoeud est une Classe, abstraite
	PROTÉGÉ
	m_sTitre est une chaîne
	m_tabEnfants est un tableau de CNoeud dynamique
FIN
CSection est une Classe
	hérite de CNoeud
FIN
CParagraphe est une Classe
	HÉRITE DE CNoeud
	m_sTexte est une chaîne
FIN
CTableau est une Classe
	hérite de CNoeud
	m_nLignes est un entier
	m_nColonnes est un entier
FIN
CVisiteur est une Classe, abstraite
FIN
CCompteurMots est une Classe
	hérite de CVisiteur
	nMots est un entier
	nTableaux est un entier
FIN
CRendu est une Classe
	hérite de CVisiteur
	sSortie est une chaîne
	nProfondeur est un entier
FIN

docRacine est un CSection dynamique = allouer un CSection("Rapport")
secIntro est un CSection dynamique = allouer un CSection("Introduction")
secIntro.Ajoute(allouer un CParagraphe("Intro", "Ce rapport couvre l'année"))
docRacine.Ajoute(secIntro)
secChiffres est un CSection dynamique = allouer un CSection("Chiffres")
secChiffres.Ajoute(allouer un CParagraphe("", "Les ventes ont progressé de dix pour cent"))
secChiffres.Ajoute(allouer un CTableau("Ventes", 4, 3))
docRacine.Ajoute(secChiffres)

compteur est un CCompteurMots
docRacine.Accepte(compteur)
Trace(compteur.nMots, compteur.nTableaux) // expect: 12, 1
rendu est un CRendu
docRacine.Accepte(rendu)
Trace(rendu.sSortie)
// expect: # Rapport
// expect: ## Introduction
// expect: Ce rapport couvre l'année
// expect: ## Chiffres
// expect: Les ventes ont progressé de dix pour cent
// expect: [tableau Ventes : 4 x 3]
pNoeud est un CNoeud dynamique = secChiffres
Trace(pNoeud.Décrit()) // expect: section, noeud Chiffres, 2 enfant(s)
QUAND EXCEPTION DANS
	pMauvais est un CNoeud dynamique = allouer un CNoeud("abstrait") // wl: ignore[WL110, WL201]
FAIRE
	Trace("refusé : " + ExceptionInfo(errMessage)) // expect: refusé : CNoeud is an abstract class: only the classes derived from it can be instantiated (a dynamic CNoeud can hold one of them).
FIN

PROCÉDURE CNoeud::Constructeur(sTitre est une chaîne)
m_sTitre = sTitre

PROCÉDURE CNoeud::Ajoute(pEnfant est un CNoeud dynamique)
Ajoute(m_tabEnfants, pEnfant)

PROCÉDURE ABSTRAITE CNoeud::Accepte(v est un CVisiteur)

PROCÉDURE CNoeud::AccepteEnfants(v est un CVisiteur)
POUR TOUT pEnfant DE m_tabEnfants
	pEnfant.Accepte(v)
FIN

PROCÉDURE CNoeud::Décrit()
RENVOYER "noeud " + m_sTitre

PROCÉDURE CNoeud::Titre()
RENVOYER m_sTitre

PROCÉDURE CSection::Constructeur(sTitre est une chaîne)
Constructeur CNoeud(sTitre)

PROCÉDURE CSection::Accepte(v est un CVisiteur)
v.VisiteSection(MoiMême)
AccepteEnfants(v)
v.QuitteSection(MoiMême)

PROCÉDURE CSection::Décrit()
RENVOYER "section, " + ExécuteAncêtre() + ", " + m_tabEnfants.Occurrence + " enfant(s)"

PROCÉDURE CParagraphe::Constructeur(sTitre est une chaîne, sTexte est une chaîne)
Constructeur CNoeud(sTitre)
m_sTexte = sTexte

PROCÉDURE CParagraphe::Accepte(v est un CVisiteur)
v.VisiteParagraphe(MoiMême)

PROCÉDURE CTableau::Constructeur(sTitre est une chaîne, nLignes est un entier, nColonnes est un entier)
Constructeur CNoeud(sTitre)
m_nLignes = nLignes
m_nColonnes = nColonnes

PROCÉDURE CTableau::Accepte(v est un CVisiteur)
v.VisiteTableau(MoiMême)

PROCÉDURE CVisiteur::VisiteSection(s est un CSection)
PROCÉDURE CVisiteur::QuitteSection(s est un CSection)
PROCÉDURE ABSTRAITE CVisiteur::VisiteParagraphe(p est un CParagraphe)
PROCÉDURE ABSTRAITE CVisiteur::VisiteTableau(t est un CTableau)

PROCÉDURE CCompteurMots::VisiteParagraphe(p est un CParagraphe)
nMots += ChaîneOccurrence(SansEspace(p.m_sTexte), " ") + 1

PROCÉDURE CCompteurMots::VisiteTableau(t est un CTableau)
nTableaux++

PROCÉDURE CRendu::VisiteSection(s est un CSection)
nProfondeur++
sSortie += [RC] + Répète("#", nProfondeur) + " " + s.Titre()

PROCÉDURE CRendu::QuitteSection(s est un CSection)
nProfondeur--

PROCÉDURE CRendu::VisiteParagraphe(p est un CParagraphe)
sSortie += [RC] + p.m_sTexte

PROCÉDURE CRendu::VisiteTableau(t est un CTableau)
sSortie += [RC] + ChaîneConstruit("[tableau %1 : %2 x %3]", t.Titre(), t.m_nLignes, t.m_nColonnes)
