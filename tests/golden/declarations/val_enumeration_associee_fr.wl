// Val d'une valeur d'énumération est sa valeur associée lue comme un nombre (son
// ..Valeur) : un vrai serveur ouvre ses sockets sur Val(CFabrique.PortEnum.portAcquisition)
// et choisit par CAS Val(PortEnum.portTreuil): (décidé, INFERRED : aucune page stockée ne
// dit ce que donne une valeur d'énumération en texte ou à Val ; son texte reste son nom)
PortEnum est une Énumération
	portTreuil = 10
	portAcquisition = 11
	portApplication = "100"
FIN
Simple est une Énumération
	Premier
	Second
FIN
Trace(Val(PortEnum.portAcquisition), Val(PortEnum.portApplication)) // expect: 11, 100
Trace(PortEnum.portAcquisition) // expect: portAcquisition
Trace(Val(Second)) // expect: 2
Trace(NomPort(11), NomPort(100), NomPort(5)) // expect: acquisition, application, ?
p est un PortEnum = PortEnum.portTreuil
Trace(Val(p) + 1) // expect: 11
Hexa est une Énumération
	hH = "FF"
	hB = "7002"
FIN
Trace(Val(Hexa.hH, "x"), Val("FF", "x")) // expect: 255, 255
Trace(Val(Hexa.hB, "o"), Val(Hexa.hB)) // expect: 3586, 7002

PROCÉDURE NomPort(port est un entier)
SELON port
	CAS Val(PortEnum.portAcquisition):
		RENVOYER "acquisition"
	CAS Val(PortEnum.portApplication):
		RENVOYER "application"
FIN
RENVOYER "?"
