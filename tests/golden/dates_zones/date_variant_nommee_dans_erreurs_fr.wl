// Une Date, une Heure ou une DateHeure contenue dans un Variant est nommée par son type
// dans les mots de l'exécution : « A value of type date cannot be used as a boolean. »
// (il disait « of type string »).
dEchéance est une Date = "20240131"
vEchéance est un Variant = dEchéance
dhDébut est une DateHeure = "20240131083000"
vDébut est un Variant = dhDébut
QUAND EXCEPTION DANS
	SI vEchéance + 1 ALORS Trace("vrai")
FAIRE
	Trace(ExceptionInfo()) // expect: A value of type date cannot be used as a boolean.
FIN
QUAND EXCEPTION DANS
	SI vDébut ALORS Trace("vrai")
FAIRE
	Trace(ExceptionInfo()) // expect: A value of type datetime cannot be used as a boolean.
FIN
sTexte est une chaîne = "20240131"
QUAND EXCEPTION DANS
	SI sTexte ALORS Trace("vrai") // wl: ignore[WL110]
FAIRE
	Trace(ExceptionInfo()) // expect: A string cannot be used as a boolean.
FIN
