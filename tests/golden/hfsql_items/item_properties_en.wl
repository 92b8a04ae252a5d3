// File.Item..Name, ..Caption, ..DefaultValue, ..KeyType, ..NullSupported, ..Size: what
// the analysis says of the item (item_properties_en.files/stock.xdd: captions are our
// extension, WINDEV's export keeps none). Each but ..Size stopped with "A string has no
// property 'Name'": the item's value was asked. docs/hfsql.md "Record buffer"
Trace(HOpenAnalysis("stock.xdd")) // expect: 1
Trace(Article.Label..Name, Article.Label..Caption, Article.Label..DefaultValue)
// expect: Label, Libellé de l'article, New article
Trace(Article.price..Name, Article.Price..Caption, Article.Price..DefaultValue + 1)
// expect: Price, Unit price, 10.5
Trace(Article.Stock..Caption = "", Article.Stock..DefaultValue = Null, Article.Stock..NullSupported)
// expect: 1, 1, 1
Trace(Article.Label..KeyType = hDuplicatesKey, Article.ArticleID..KeyType = hUniqueKey)
// expect: 1, 1
Trace(Article.Stock..KeyType = hNotAKey, Article.Label..NullSupported, Article.Label..Size)
// expect: 1, 0, 30
HReset(Article)
Trace(Article.Label, Article.Price) // expect: New article, 9.5
// a Record of the file says the same of its items, declared or copied from the buffer (it
// stopped with "A string has no property 'Caption'")
r is Record of Article
Trace(r.Label..Caption, r.Price..Name, r.Label..Size, r.Stock..KeyType = hNotAKey)
// expect: Libellé de l'article, Price, 30, 1
r2 is Record of Article = Article
Trace(r2.Price..Caption, r2.Label..DefaultValue) // expect: Unit price, New article
// the same properties on other values are theirs, not an item's
STLine is Structure
	d is Item Description
	c is string
END
st is STLine
st.d..Name = "Code"
st.c = "abc"
Trace(st.d..Name, st.c..Size) // expect: Code, 3
HClose("*")
fDelete("stock.db") // the SQLite file the run made beside the program
