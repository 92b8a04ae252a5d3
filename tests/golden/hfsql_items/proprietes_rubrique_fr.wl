// Fichier.Rubrique..Nom, ..Libellé, ..ValeurDéfaut, ..TypeClé, ..NullSupporté, ..Taille : ce
// que l'analyse dit de la rubrique (proprietes_rubrique_fr.files/stock.xdd : les libellés
// sont notre extension, l'export de WINDEV n'en garde pas). Chacune sauf ..Taille
// s'arrêtait sur « A string has no property 'Nom' » : la valeur de la rubrique était lue
Trace(HOuvreAnalyse("stock.xdd")) // expect: 1
Trace(Article.Label..Nom, Article.Label..Libellé, Article.Label..ValeurDéfaut)
// expect: Label, Libellé de l'article, New article
Trace(Article.price..Nom, Article.Price..Libelle, Article.Price..ValeurDefaut + 1)
// expect: Price, Unit price, 10.5
Trace(Article.Stock..Libellé = "", Article.Stock..ValeurDéfaut = Null, Article.Stock..NullSupporté)
// expect: 1, 1, 1
Trace(Article.Label..TypeClé = hCléAvecDoublon, Article.ArticleID..TypeClé = hCléUnique)
// expect: 1, 1
Trace(Article.Stock..TypeClé = hNonClé, Article.Label..NullSupporté, Article.Label..Taille)
// expect: 1, 0, 30
HRAZ(Article)
Trace(Article.Label, Article.Price) // expect: New article, 9.5
// un Enregistrement du fichier en dit autant de ses rubriques, déclaré ou copié du tampon
// (il s'arrêtait sur « A string has no property 'Libellé' »)
r est un Enregistrement de Article
Trace(r.Label..Libellé, r.Price..Nom, r.Label..Taille, r.Stock..TypeClé = hNonClé)
// expect: Libellé de l'article, Price, 30, 1
r2 est un Enregistrement de Article = Article
Trace(r2.Price..Libellé, r2.Label..ValeurDéfaut) // expect: Unit price, New article
// les mêmes propriétés sur d'autres valeurs sont les leurs, pas celles d'une rubrique
STLigne est une Structure
	d est une Description de Rubrique
	c est une chaîne
FIN
st est un STLigne
st.d..Nom = "Code"
st.c = "abc"
Trace(st.d..Nom, st.c..Taille) // expect: Code, 3
HFerme("*")
fSupprime("stock.db") // le fichier SQLite que l'exécution a fait à côté du programme
