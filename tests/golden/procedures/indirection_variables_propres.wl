// `{"x"} = v` et `{"x"}` dans une procédure ou une méthode atteignent ses propres
// variables (une locale, un paramètre, celles de la procédure englobante pour une
// procédure interne) avant celles du code principal, converties au type de la variable ;
// un paramètre ainsi affecté est rendu à la variable de l'appelant, comme `x = v` le
// rend (docs/semantics.md "Indirection"). Elles s'arrêtaient : "no variable of the main
// code is named 'nLocale'".
gnTotal est un entier = 1
gsTrace est une chaîne
nArg est un entier = 2
Traite(nArg)
Trace(gsTrace) // expect: 13 12 30 rempli
Trace(nArg) // expect: 21
o est un CCompteur
o.Lance()
Trace(gsTrace) // expect: 2.5 5
Trace(o.m_nCompte, gnTotal) // expect: 5, 40

PROCÉDURE Traite(nParam est un entier)
nLocale est un entier
{"nLocale"} = "12"
gsTrace = (nLocale + 1) + " " + {"NLOCALE"}
sNom est une chaîne = "nPar" + "am"
{sNom} = 21
{"gnTotal"} = 30
gsTrace += " " + gnTotal
sTexte est une chaîne
Remplit()
gsTrace += " " + sTexte
PROCÉDURE INTERNE Remplit()
{"sTexte"} = "rempli"
FIN

CCompteur est une Classe
	m_nCompte est un entier
FIN

PROCÉDURE CCompteur::Lance()
rTaux est un réel
{"rTaux"} = 2.5
{"m_nCompte"} = rTaux * 2
{"gnTotal"} = 40
gsTrace = rTaux + " " + m_nCompte
