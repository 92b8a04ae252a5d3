// Une Durée en JSON est son texte ISO 8601 ("PT1H30M") et se relit en Durée :
// VariantVersJSON, le membre d'une variable JSON, Sérialise d'une structure en JSON.
// Elles s'arrêtaient ("a value of type duration has no JSON form").
duTrajet est une Durée = 1 h 30 min
Trace(VariantVersJSON(duTrajet)) // expect: "PT1H30M"
jTrajet est un JSON
jTrajet.durée = duTrajet
Trace(jTrajet) // expect: {"durée":"PT1H30M"}
STTâche est une Structure
	nom est une chaîne
	durée est une DUREE
FIN
stTâche est un STTâche
stTâche.durée = 45 min 500 ms
bufTâche est un Buffer
Sérialise(stTâche, bufTâche, psdJSON)
Trace(UTF8VersChaîne(bufTâche)) // expect: {"nom":"","dur\u00E9e":"PT45M0.5S"}
stLue est un STTache
Désérialise(stLue, bufTâche, psdJSON)
Trace(stLue.durée..EnSecondes) // expect: 2700.5
