// Options de HListeFichier, HRéindexe et HMode venues de HFConstant.h (docs/builtins.md
// "Constant values"), employées comme le fait le vrai code
// HListeFichier : eHLSTMODE ; hLstTrié trie par nom, les options peuvent venir seules
Trace(hLstNormal, hLstTrié, hLstDétail, hLstTout, hLstTable)    // expect: 256, 64, 128, 32, 512
Trace(Remplace(HListeFichier(), RC, ","))                       // expect: Customer,Orders,Product
fd est une Description de Fichier
id est une Description de Rubrique
fd..Nom = "Archive"
id..Nom = "Titre"
id..Type = hRubTexte
id..Taille = 30
HDécritRubrique(fd, id)
HDécritFichier(fd)
Trace(Remplace(HListeFichier("", hLstTrie), RC, ","))           // expect: Archive,Customer,Orders,Product
Trace(Remplace(HListeFichier(hLstTrié + hLstTable), RC, ","))   // expect: Archive,Customer,Orders,Product
Trace(Remplace(HListeFichier("", hLstNormal), RC, ","))         // expect: Customer,Orders,Product,Archive
// une option que HListeFichier n'a pas (hLstClé) est refusée en clair
Trace("[" + HListeFichier("", hLstClé) + "]", Position(HErreurInfo(), "not an option of HListFile") > 0)   // expect: [], 1
// HRéindexe : eHNDXMODE ; les statistiques sont recalculées sauf avec hNdxSansStat
Trace(hNdxCompact, hNdxSansStat, hNdxNormal, hNdxSilencieux, hNdxSupprime, hNdxMinimal, hNdxVérifieMémo, hNdxFullText)   // expect: 1, 2, 4, 8, 16, 32, 64, 512
HRAZ(Customer)
Customer.Name = "Anna"
Customer.City = "Lyon"
HAjoute(Customer)
Trace(HRéindexe(Customer, hNdxNormal + hNdxSilencieux), HRéindexe("*", hNdxSansStat + hNdxCompact))   // expect: 1, 1
Trace(HLitRecherchePremier(Customer, City, "Lyon"), Customer.Name)   // expect: 1, Anna
Trace(HRéindexe(Customer, 0x1000), Position(HErreurInfo(), "not a mode of HReindex") > 0)   // expect: 0, 1
// HMode : eHMODE et eHLOCKMETHOD ; la méthode de blocage est vérifiée aussi
Trace(hModeMono, hModeMulti, hBlocageDirect, hBlocageRéservation)   // expect: 1030, 1031, 1020, 1021
Trace(HMode(Customer, hModeMulti, hBlocageReservation), HMode(Customer, hModeMono, hBlocageDirect))   // expect: 1031, 1031
Trace(HMode(Customer, hModeMulti, 1022), Position(HErreurInfo(), "not a lock method") > 0)   // expect: -1, 1
Trace(HMode(hModeMulti))                                       // expect: 1031
