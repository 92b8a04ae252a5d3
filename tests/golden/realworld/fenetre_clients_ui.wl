// Code de fenêtre : procédures d'accès base et d'interface jamais appelées ici,
// la procédure de formatage pure est utilisée par le code principal.
Trace(FormateNomClient("dupont", "jean-pierre")) // expect: DUPONT Jean-pierre
Trace(FormateNomClient("", "Anne"))             // expect: Anne
Trace(CodeClientSuivant("CLI0041"))             // expect: CLI0042

PROCÉDURE ChargeClients()
HLitPremier(Client, NomClient)
TANTQUE PAS HEnDehors(Client)
    TableAjouteLigne(TABLE_Clients, Client.IDClient, FormateNomClient(Client.Nom, Client.Prénom))
    HLitSuivant(Client, NomClient)
FIN
TableAffiche(TABLE_Clients, taInit)
SI TableOccurrence(TABLE_Clients) = 0 ALORS
    Info("Aucun client")
FIN
LIB_Nombre..Libellé = TableOccurrence(TABLE_Clients) + " client(s)"

PROCÉDURE EnregistreClient(sNom est une chaîne, sPrénom est une chaîne)
HRAZ(Client)
Client.Nom = sNom
Client.Prénom = sPrénom
SI PAS HAjoute(Client) ALORS
    Erreur("Impossible d'ajouter le client", HErreurInfo())
    RENVOYER Faux
FIN
Ouvre(FEN_FicheClient, Client.IDClient)
ToastAffiche("Client ajouté")
RENVOYER Vrai

PROCEDURE FormateNomClient(sNom est une chaîne, sPrénom est une chaîne)
sRésultat est une chaîne = Majuscule(sNom)
SI sPrénom <> "" ALORS
    sRésultat += [" "] + Majuscule(Gauche(sPrénom, 1)) + Minuscule(Milieu(sPrénom, 2))
FIN
RENVOYER sRésultat

PROCEDURE CodeClientSuivant(sCode est une chaîne)
nNum est un entier = Val(Droite(sCode, 4))
RENVOYER Gauche(sCode, 3) + NumériqueVersChaîne(nNum + 1, "04d")
