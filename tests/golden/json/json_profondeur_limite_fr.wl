// Jusqu'où JSON et XML se convertissent : 1 000 niveaux (runtime/json_depth.py, décidé,
// FS 6 déc. 2026). Au-delà chaque conversion échoue en donnant la profondeur et la
// limite ; un texte JSON, un document XML ou un Variant construit en boucle de 1 500 à
// 4 000 niveaux arrêtait l'exécution (« Stack overflow »). Jumeau anglais
// json_depth_bound_en.wl.
// la première profondeur que JSONVersVariant refuse, trouvée en essayant
vLu est un Variant
nNiveaux est un entier
POUR nNiveaux = 995 À 1005
	vLu = JSONVersVariant(Répète("[", nNiveaux) + "1" + Répète("]", nNiveaux))
	SI ErreurDétectée ALORS SORTIR
FIN
Trace(nNiveaux) // expect: 1001
Trace(ErreurInfo(errMessage)) // expect: JSONVersVariant: The JSON is nested 1,001 levels deep; JSON and XML are converted to 1,000 levels at most.
// 1 000 niveaux lus et réécrits, le même texte
sMille est une chaîne = Répète("{""a"":", 1000) + "1" + Répète("}", 1000)
vLu = JSONVersVariant(sMille)
Trace(ErreurDétectée, VariantVersJSON(vLu) = sMille) // expect: 0, 1
jMille est un JSON = ChaîneVersJSON(sMille)
Trace(ErreurDétectée, JSONVersChaîne(jMille) = sMille) // expect: 0, 1
// un Variant construit par le code, un niveau par tour : 1 000 passent, 1 001 non
vChaîne est un Variant = "feuille"
POUR i = 1 À 1001
	vMaillon est un Variant
	vMaillon.suivant = vChaîne
	vChaîne = vMaillon
	SI i = 1000 ALORS
		xMille est un xmlDocument = JSONVersXML(vChaîne)
		Trace(i, ErreurDétectée, Taille(VariantVersJSON(vChaîne))) // expect: 1000, 0, 12009
	FIN
FIN
xDoc est un xmlDocument = JSONVersXML(vChaîne)
Trace(ErreurDétectée, ErreurInfo(errMessage)) // expect: 1, JSONVersXML: The value is nested 1,001 levels deep; JSON and XML are converted to 1,000 levels at most.
QUAND EXCEPTION DANS
	Trace(VariantVersJSON(vChaîne))
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: VariantVersJSON: The value is nested 1,001 levels deep; JSON and XML are converted to 1,000 levels at most.
FIN
// un document XML : 1 000 éléments l'un dans l'autre passent, 1 001 non
jDeXML est un JSON = XMLVersJSON(Répète("<a>", 1000) + "x" + Répète("</a>", 1000))
Trace(ErreurDétectée) // expect: 0
jDeXML = XMLVersJSON(Répète("<a>", 1001) + "x" + Répète("</a>", 1001))
Trace(ErreurDétectée, ErreurInfo(errMessage)) // expect: 1, XMLVersJSON: The document is nested 1,001 levels deep; JSON and XML are converted to 1,000 levels at most.
// affecté à une variable JSON, un texte trop profond donne la même erreur, fatale comme
// un JSON invalide
QUAND EXCEPTION DANS
	jDeXML = Répète("[", 4000) + Répète("]", 4000)
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: The JSON is nested 4,000 levels deep; JSON and XML are converted to 1,000 levels at most.
FIN
