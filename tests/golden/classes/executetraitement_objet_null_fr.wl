// ExécuteTraitement(obj, "Méthode") sur une variable objet qui ne tient aucun objet (un
// objet dynamique jamais alloué, un Variant qui n'en a jamais reçu) dit que l'objet est
// Null, comme un appel o.Méthode() ; il disait « ExecuteProcess runs the event of a
// window or a control », ce qui envoyait le lecteur au mauvais endroit.
CSalut est une Classe
	m_sNom est une chaîne
FIN
pRien est un CSalut dynamique
ExécuteTraitement(pRien, "Bonjour", "Anne") // expect error: ExécuteTraitement: the object is Null: no object to call 'Bonjour' on

PROCÉDURE CSalut.Bonjour(sQui)
	Trace("bonjour " + sQui)
