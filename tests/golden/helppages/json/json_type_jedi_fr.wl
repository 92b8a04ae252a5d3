// Page d'aide "JSON (Type de variable)" (?1000023611) : son exemple écrit en français
// (une chaîne multiligne qui contient le texte JSON), avec des Trace des membres.
V est un JSON
jedi est un JSON = [
	{
	"id": 5,
	"name": "Luke Skywalker",
	"pilotingScore": 98,
	"shootingScore": 56,
	"isForceUser": true
	}
]
Trace(jedi.id, jedi.name) // expect: 5, Luke Skywalker
Trace(jedi.pilotingScore + jedi.shootingScore) // expect: 154
SI jedi.isForceUser ALORS Trace("Utilise la Force") // expect: Utilise la Force
