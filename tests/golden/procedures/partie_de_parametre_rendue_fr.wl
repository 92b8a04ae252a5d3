// Un paramètre est passé par référence : le changement d'une de ses parties
// (`p..Jour += 40` sur une Date, `..Minute` sur une Heure, `..EnMinutes` sur une Durée)
// est rendu à la variable, au membre, à l'élément ou au membre GLOBAL de l'appelant,
// comme `p = p + 1`. La valeur de l'appelant restait la même ; un membre GLOBAL passé
// (`C::g`, `::g`, `g` dans une méthode) à une procédure qui le change aussi.
STCommande est une Structure
	dEcheance est une Date
	hCreneau est une Heure
FIN
CCompte est une Classe
	GLOBAL gnNombre est un entier
	GLOBAL gdCloture est une Date
	m_dOuverture est une Date
FIN
stCommande est une STCommande
stCommande.dEcheance = "20250301"
stCommande.hCreneau = "103000"
tabDates est un tableau de Dates
TableauAjoute(tabDates, "20250301")
taDates est un tableau associatif de Dates
taDates["k"] = "20250301"
oCompte est un CCompte
oCompte.m_dOuverture = "20250301"
CCompte::gdCloture = "20250301"
CCompte::gnNombre = 1
dLocale est une Date = "20250301"
RepousseDate(dLocale)
RepousseDate(stCommande.dEcheance)
RepousseDate(tabDates[1])
RepousseDate(taDates["k"])
RepousseDate(oCompte.m_dOuverture)
RepousseDate(CCompte::gdCloture)
Trace(dLocale, stCommande.dEcheance, tabDates[1]) // expect: 20250410, 20250410, 20250410
Trace(taDates["k"], oCompte.m_dOuverture, CCompte::gdCloture) // expect: 20250410, 20250410, 20250410
CreneauPlusTard(stCommande.hCreneau)
Trace(stCommande.hCreneau) // expect: 11200000
duAttente est une Durée = 90 min
PlusLongue(duAttente)
Trace(duAttente) // expect: 2 h
AjouteUn(CCompte::gnNombre)
Trace(CCompte::gnNombre) // expect: 2
MoisSuivant(dLocale)
Trace(dLocale) // expect: 20250510
GardeDate(dLocale)
Trace(dLocale) // expect: 20250510
oCompte.Ferme()

PROCEDURE RepousseDate(p est une Date)
p..Jour += 40

PROCEDURE CreneauPlusTard(p est une Heure)
p..Minute += 50

PROCEDURE PlusLongue(p est une Durée)
p..EnMinutes += 30

PROCEDURE AjouteUn(p est un entier)
p = p + 1

PROCEDURE MoisSuivant(p)
p..Mois += 1

PROCEDURE GardeDate(LOCAL p est une Date)
p..Jour += 1

PROCEDURE CCompte::Ferme()
AjouteUn(gnNombre)
AjouteUn(::gnNombre)
RepousseDate(gdCloture)
Trace(gnNombre, gdCloture) // expect: 4, 20250520
