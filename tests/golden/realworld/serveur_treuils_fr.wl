// Le serveur d'un projet réel d'acquisition sur des treuils, en petit : ses clients sont
// des classes dans leurs propres fichiers au format texte (ClientSocket.wdc, et
// ClientTreuil.wdc et ClientAcquisition.wdc qui en dérivent, ExécuteAncêtre compris), le
// serveur les garde dans un tableau de la classe de base, et trie ses clients comme le
// projet le fait : `d est ClientTreuil dynamique <- c` puis `si d<>Null` (d vaut Null
// pour un client d'une autre classe), dans une procédure interne écrite sans FIN
// à la fin d'une procédure. (docs/semantics.md, "`<-` into a dynamic object of another
// class")
tabClients est un tableau de ClientSocket dynamiques
t1 est un ClientTreuil dynamique = allouer un ClientTreuil("10.0.0.5:4001", 1)
t2 est un ClientTreuil dynamique = allouer un ClientTreuil("10.0.0.6:4001", 2)
a est un ClientAcquisition dynamique = allouer un ClientAcquisition("10.0.0.9:5000")
a.nbMesures = 120
tabClients.Ajoute(t1)
tabClients.Ajoute(a)
tabClients.Ajoute(t2)
Trace(AssocieAcquisition(a)) // expect: 1
Trace(AssocieAcquisition(a)) // expect: 2
Trace(AssocieAcquisition(a)) // expect: 0
POUR TOUT c DE tabClients
	Trace(c.Description())
FIN
// expect: client 10.0.0.5:4001, treuil 1 (lié à 10.0.0.9:5000)
// expect: client 10.0.0.9:5000, 120 mesure(s)
// expect: client 10.0.0.6:4001, treuil 2 (lié à 10.0.0.9:5000)
t1.Arrete()
Trace(TreuilsActifs()) // expect: 1
SupprimeClient(a)
Trace(tabClients..Occurrence, t2.acquisition = Null) // expect: 2, 1

// Associe l'acquisition au premier treuil libre ; renvoie son numéro (0 : aucun)
PROCÉDURE AssocieAcquisition(acq est ClientAcquisition dynamique) : entier
POUR TOUT c DE tabClients
	d est ClientTreuil dynamique <- c
	si d<>Null _et_ d.acquisition = Null ALORS
		d.acquisition = acq
		renvoyer d.numéroTreuil
	FIN
FIN
renvoyer 0

PROCÉDURE TreuilsActifs() : entier
nActifs est un entier
POUR TOUT c DE tabClients
	SI est_actif(c) ALORS nActifs++
FIN
renvoyer nActifs

	procédure interne est_actif(c est ClientSocket dynamique) : booléen
		d est ClientTreuil dynamique <- c
		si d = Null ALORS renvoyer Faux
		renvoyer PAS d.EstArrêté()

PROCÉDURE SupprimeClient(client est ClientSocket dynamique)
POUR i = tabClients..Occurrence _À_ 1 PAS -1
	SI tabClients[i] = client ALORS TableauSupprime(tabClients, i)
FIN
pour tout c dans tabClients
	d est ClientTreuil dynamique <- c
	si d<>Null ALORS
		si d.acquisition<>null _et_ d.acquisition.canal = client.canal ALORS
			d.acquisition = Null
		FIN
	FIN
FIN
