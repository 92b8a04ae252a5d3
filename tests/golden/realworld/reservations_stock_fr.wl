// Réservations de stock comme un projet WINDEV les enregistre (écrit pour les tests) :
// la classe CArticleStock (membres PRIVÉS, membre PUBLIC CONSTANT, CONSTANTE de classe,
// propriétés en <lecture>, ExceptionDéclenche) et la collection COL_Stock (un tableau
// associatif d'objets dynamiques, QUAND EXCEPTION DANS qui défait les réservations
// faites, ExceptionInfo). Ses cas de test : tests/testing/stock_project/ (wl test).
// Jumeau anglais : stock_reservations_en.wl.
CréeArticle("vis-m6", "Vis M6", 100)
CréeArticle("ECR-M6", "Écrou M6", 40)
Trace(RéserveCommande(["VIS-M6;30", "ECR-M6;30"]) = "") // expect: 1
Trace(RéserveCommande(["vis-m6;10", "ecr-m6;20"])) // expect: ECR-M6 : 20 demandé(s), 10 disponible(s)
Trace(RéserveCommande(["VIS-M6;5", "CLOU;3"])) // expect: article inconnu : CLOU
Trace(EtatStock())
// expect: VIS-M6 Vis M6 : 70
// expect: ECR-M6 Écrou M6 : 10
Trace(gnCommandesRefusées, gtaArticles["VIS-M6"].Sortie(30), gtaArticles["VIS-M6"].Sortie(1)) // expect: 2, 1, 0
Trace(gtaArticles["vis-m6"]..Existe, gtaArticles["VIS-M6"].Disponible) // expect: 0, 70
