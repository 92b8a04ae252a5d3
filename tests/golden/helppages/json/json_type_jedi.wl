// Help page "JSON (Type of variable)" (?1000023611): its example as written (a multiline
// string literal holding the JSON text), with Traces of the members it declares.
V is JSON
jedi is JSON = [
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
IF jedi.isForceUser THEN Trace("Force user") // expect: Force user
