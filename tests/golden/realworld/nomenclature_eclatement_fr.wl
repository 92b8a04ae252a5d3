// Éclatement de nomenclature : besoins bruts en composants élémentaires, par une
// procédure récursive sur un tableau associatif de tableaux de structures (clé en
// majuscules, lecture sans casse), une boucle détectée par la profondeur et signalée par
// ExceptionDéclenche (méthode b, L 6 déc. 2026 : passe tel qu'écrit ; jumeau anglais :
// bill_of_materials_en.wl).
STLien est une Structure
	sComposant est une chaîne
	rQuantité est un réel
FIN
gaaNomenclature est un tableau associatif de tableaux de STLien
gaaBesoins est un tableau associatif (ccSansCasse) de réels

AjouteLien("VELO", "CADRE", 1)
AjouteLien("VELO", "ROUE", 2)
AjouteLien("velo", "selle", 1)
AjouteLien("ROUE", "RAYON", 36)
AjouteLien("ROUE", "JANTE", 1)
AjouteLien("ROUE", "PNEU", 1)
AjouteLien("CADRE", "TUBE", 3.5)

Eclate("VELO", 10)
POUR TOUT rQte, sComp DE gaaBesoins
	Trace(sComp + " = " + rQte)
FIN
// expect: TUBE = 35
// expect: RAYON = 720
// expect: JANTE = 20
// expect: PNEU = 20
// expect: SELLE = 10
Trace(gaaBesoins["rayon"], gaaBesoins.Occurrence) // expect: 720, 5
SI PAS gaaBesoins["CADRE"]..Existe ALORS Trace("le cadre est un assemblage, pas un composant") // expect: le cadre est un assemblage, pas un composant
QUAND EXCEPTION DANS
	AjouteLien("PNEU", "ROUE", 1)
	Eclate("VELO", 1)
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: Nomenclature circulaire sur ROUE
FIN

PROCÉDURE AjouteLien(LOCAL sParent est une chaîne, sEnfant est une chaîne, rQte est un réel)
sParent = Majuscule(sParent)
lien est un STLien
lien.sComposant = Majuscule(sEnfant)
lien.rQuantité = rQte
gaaNomenclature[sParent].Ajoute(lien)

PROCÉDURE Eclate(sArticle est une chaîne, rQte est un réel, nProfondeur est un entier = 0)
SI nProfondeur > 10 ALORS
	ExceptionDéclenche(1, "Nomenclature circulaire sur " + sArticle)
FIN
SI PAS gaaNomenclature[sArticle]..Existe ALORS
	gaaBesoins[sArticle] += rQte
	RETOUR
FIN
POUR TOUT lien DE gaaNomenclature[sArticle]
	Eclate(lien.sComposant, rQte * lien.rQuantité, nProfondeur + 1)
FIN
