// Un membre JSON lu sans avoir été écrit vaut Null partout où une valeur est attendue :
// "" en texte, 0 en nombre, Faux en booléen ; une écriture le crée toujours
jCde est un JSON = "{""client"":{""code"":""C1""}}"
SI jCde.urgent ALORS Trace("urgent") SINON Trace("normal") // expect: normal
SI PAS jCde.client.bloqué ALORS Trace("client actif") // expect: client actif
Trace("[" + jCde.client.nom + "]") // expect: []
mRemise est un monétaire = jCde.remise
Trace(mRemise * 2) // expect: 0
SI jCde.client.nom = "" ALORS Trace("nom vide") // expect: nom vide
jCde.urgent = Vrai
SI jCde.urgent ALORS Trace("urgent maintenant") // expect: urgent maintenant
// = Null et <> Null le voient Null aussi (..Type dit wlNull)
Trace(jCde.statut = Null, jCde.statut <> Null) // expect: 1, 0
vRien est un Variant = Null
Trace(jCde.statut = vRien) // expect: 1
