// Un membre GLOBAL déclaré Date ou Heure se calcule comme tel, quel que soit son nom :
// `CCalendrier::gdDébut + 1`, `::gdDébut + 1`, `gdDébut + 1` dans une méthode,
// `o.gdDébut + 1` étaient le texte "202501011", et `gdDébut..Mois = 5` s'arrêtait sur
// « A value of type string has no member 'Mois' »
CCalendrier::gdDébut..Mois = 7
Trace(CCalendrier::gdDébut, CCalendrier::gdDébut + 1, CCalendrier::gdDébut..Mois) // expect: 20250701, 20250702, 7
oCal est un CCalendrier
Trace(oCal.gdDébut + 1) // expect: 20250702
CCalendrier::gdDébut += 1
Trace(CCalendrier::gdDébut) // expect: 20250702
oCal.Affiche()

CCalendrier est une Classe
	GLOBAL
		gdDébut est une Date = "20250101"
		ghOuverture est une Heure = "0800"
FIN

PROCÉDURE CCalendrier::Affiche()
Trace(gdDébut + 1, ::gdDébut + 2, ghOuverture + 1 h) // expect: 20250703, 20250704, 09000000
gdDébut..Jour = 15
POUR i = 1 À 1
	Trace(gdDébut - 1, CCalendrier::ghOuverture + 30 min) // expect: 20250714, 08300000
FIN
