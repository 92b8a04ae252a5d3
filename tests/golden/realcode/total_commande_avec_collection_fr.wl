// Un script qui appelle les procédures d'une collection posée à côté de lui
// (COL_Tarifs.wdg), lancé comme `wl run` le lance : la collection est une voisine,
// chargée parce que le script nomme ses procédures, et ses déclarations globales
// s'exécutent d'abord. Les fichiers compagnons sont dans total_commande_avec_collection_fr.files/.
tabLignes est un tableau de 3 monétaires = [19.90, 5.05, 100]
mTotal est un monétaire = TotalLignes(tabLignes)
Trace("Lignes : " + TableauOccurrence(tabLignes))
// expect: Lignes : 3
Trace("HT : " + mTotal)
// expect: HT : 124.95
Trace("TTC : " + AvecTVA(mTotal))
// expect: TTC : 149.94
Trace("Appels : " + gnAppelsTarifs)
// expect: Appels : 2
