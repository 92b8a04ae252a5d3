// Le ..Type d'une rubrique, tel que le code réel le teste pour construire un export ou
// un formulaire : la constante hRub... du type de la rubrique dans l'analyse
// (types_rubriques_analyse_fr.files/stock.xdd), en français ou en anglais (hRubEntier,
// hItemInt), et des colonnes d'une requête. C'était le type de la valeur contenue
// (wlEntier, wlChaîne...) : `Produit.Stock..Type = hRubEntier` était faux et chaque
// colonne tombait dans AUTRE CAS (docs/hfsql.md "Files described in code"). Un entier
// sur 2 octets est hRubEntier, comme un entier sur 4.
Trace(HOuvreAnalyse("stock.xdd"))                                    // expect: 1
Trace(Produit.Stock..Type = hRubEntier, Produit.IDProduit..Type = hRubriqueEntier) // expect: 1, 1
Trace(Produit.Libellé..Type = hRubTexte, Produit.Prix..Type = hRubMonétaire) // expect: 1, 1
Trace(Produit.DateAjout..Type = hRubDate, Produit.Contrôle..Type = hRubDateHeure) // expect: 1, 1
Trace(Produit.Actif..Type = hRubBooleen, Produit.Notes..Type = hItemMemoText) // expect: 1, 1
Produit.Libellé = "Boulon"
Produit.Stock = 12
HAjoute(Produit)
Trace(GenreColonne(Produit.Libellé..Type), GenreColonne(Produit.Stock..Type), GenreColonne(Produit.DateAjout..Type)) // expect: TEXTE, NOMBRE, DATE
sd est une Source de Données
HExécuteRequêteSQL(sd, "SELECT Libellé, Stock FROM Produit")
HLitPremier(sd)
Trace(sd.Libellé, sd.Stock..Type = hRubEntier)                       // expect: Boulon, 1
// le reste garde son propre ..Type : le membre d'une variable
e est un Enregistrement de Produit
e.Stock = 3
Trace(e.Stock..Type = hRubEntier)                                    // expect: 0
HFerme("*")
Trace(HFermeAnalyse())                                               // expect: 1
fSupprime("stock.db")

PROCÉDURE GenreColonne(nType est un entier) : chaîne
SELON nType
	CAS hRubTexte, hRubMémoTexte : RENVOYER "TEXTE"
	CAS hRubEntier, hRubRéel, hRubMonétaire : RENVOYER "NOMBRE"
	CAS hRubDate, hRubDateHeure : RENVOYER "DATE"
	AUTRE CAS : RENVOYER "AUTRE"
FIN
