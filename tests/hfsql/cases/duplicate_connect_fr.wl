// HDupliqueEnregistrement (?1000020538): the record in the buffer added again, with a new
// automatic identifier; HConnect (?3044263): a data file moved to another database and back
HRAZ(Customer)
Customer.Name = "Ada"
Customer.City = "Paris"
HAjoute(Customer)
HLitPremier(Customer, CustomerID)
Trace(HDupliqueEnregistrement(Customer), Customer.CustomerID, Customer.Name, HNbEnr(Customer))   // expect: 1, 2, Ada, 2
// the page's example, then the buffer changed before duplicating; the default file
HDupliqueEnregistrement(Customer)
Customer.City = "Lyon"
Trace(HDupliqueEnregistrement(), Customer.CustomerID, HNbEnr(Customer))   // expect: 1, 4, 4
HLitRecherchePremier(Customer, CustomerID, 4)
Trace(Customer.City, HNumEnr(Customer))                       // expect: Lyon, 4
HLitRecherchePremier(Customer, CustomerID, 1)
Trace(Customer.City)                                          // expect: Paris
// a unique key: refused as HAdd refuses it
HRAZ(Product)
Product.Reference = "P1"
HAjoute(Product)
Trace(HDupliqueEnregistrement(Product), HErreurDoublon(), HNbEnr(Product))   // expect: 0, 1, 1
// le message de la base elle-même est la sous-erreur de l'erreur
HDupliqueEnregistrement(Product)
Trace(ErreurInfo(errNombreSousErreur), Position(ErreurInfo(errMessage, 1), " on Product: ") > 0)   // expect: 1, 1
Product.Reference = "P2"
Trace(HDupliqueEnregistrement(Product), HNbEnr(Product))             // expect: 1, 2
// HConnect: the file's table on an SQLite database of its own, then back (data file alone)
Trace(HConnecte(Product, "me", "", ":memory:", hAccèsNatifSQLite))   // expect: 1
Trace(HNbEnr(Product))                                        // expect: 0
HRAZ(Product)
Product.Reference = "ELSEWHERE"
HAjoute(Product)
Trace(HConnecte(Customer, "me", "", ":memory:", hAccèsNatifSQLite), HNbEnr(Customer))   // expect: 1, 0
Trace(HConnecte(Product), HNbEnr(Product))                     // expect: 1, 2
Trace(HConnecte("*"), HNbEnr(Customer))                        // expect: 1, 4
// a provider given by name (OLE DB) or one wlinterp cannot reach: False, the program goes on
Trace(HConnecte(Product, "", "", "C:\Data\base.mdb", "Microsoft.JET.OLEDB.4.0", hOLectureEcriture), HErreur() <> 0, ErreurDétectée)   // expect: 0, 1, 1
Trace(Position(HErreurInfo(), "Microsoft.JET") > 0)            // expect: 1
Trace(HConnecte(Product, "", "", "shop", hAccèsHFClientServeur), ErreurDétectée, HNbEnr(Product))   // expect: 0, 1, 2
Trace(HConnecte(Product, "me", "", ":memory:", hAccèsNatifSQLite, hOLecture), ErreurDétectée, HNbEnr(Product))   // expect: 0, 1, 2
Trace(HConnecte(Product, "me", "", ":memory:", hAccèsNatifSQLite, hOLectureEcriture), HNbEnr(Product))   // expect: 1, 1
// "*" : tous les fichiers de l'analyse vers cette base, puis tous de retour
Trace(HConnecte("*", "me", "", ":memory:", hAccèsNatifSQLite), HNbEnr(Customer), HNbEnr(Orders))   // expect: 1, 0, 0
Trace(HConnecte("*"), HNbEnr(Customer), HNbEnr(Product))       // expect: 1, 4, 2
