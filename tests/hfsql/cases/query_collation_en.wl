// Text seeks on a query result compare as the data file's text keys do: without case or accents
HReset(Customer)
Customer.Name = "Zoé"
Customer.City = "Paris"
Customer.Société = "ACME"
HAdd(Customer)
HReset(Customer)
Customer.Name = "adam"
Customer.City = "Évian"
Customer.Société = "Beta"
HAdd(Customer)
HReset(Customer)
Customer.Name = "Martin"
Customer.City = "lyon"
Customer.Société = "acme"
HAdd(Customer)
ds is Data Source
HExecuteSQLQuery(ds, "SELECT Name, City, Société, Balance FROM Customer")
Trace(HReadSeekFirst(ds, Name, "zoe"), HFound(ds), ds.Name)      // expect: 1, 1, Zoé
Trace(HReadSeekFirst(ds, Name, "ZOÉ"), ds.Name)                  // expect: 1, Zoé
Trace(HReadSeek(ds, City, "EVI"), ds.City)                       // expect: 1, Évian
Trace(HReadSeekLast(ds, Société, "ACME"), ds.Name)               // expect: 1, Martin
// browsing on a text column follows the same order: "adam" before "Martin" before "Zoé"
HReadFirst(ds, Name)
Trace(ds.Name)                                                   // expect: adam
HReadNext(ds, Name)
Trace(ds.Name)                                                   // expect: Martin
HReadNext(ds, Name)
Trace(ds.Name)                                                   // expect: Zoé
// a search loop: HFound stays True on both spellings of the value
n is int
HReadSeekFirst(ds, Société, "acme")
WHILE HFound(ds)
    n++
    HReadNext(ds, Société)
END
Trace(n)                                                         // expect: 2
// FOR EACH ... WHERE on a text column
FOR EACH ds WHERE City = "LYON"
    Trace(ds.Name)                                               // expect: Martin
END
// a number column still compares as a number
Trace(HReadSeekFirst(ds, Balance, 0), HFound(ds))                // expect: 1, 1
// an SQL Query variable and a computed text column
q is SQL Query = "SELECT upper(Name) AS Big FROM Customer"
HExecuteQuery(q)
Trace(HReadSeekFirst(q, "Big", "martin"), q.Big)                 // expect: 1, MARTIN
// HFilter's LIKE on a text column of the result, and on a text key of the data file
HFilter(ds, "City LIKE 'P%'")
FOR EACH ds
    Trace(ds.Name)                                               // expect: Zoé
END
HFilter(Customer, "Name LIKE 'Mar%'")
FOR EACH Customer
    Trace(Customer.Name)                                         // expect: Martin
END
HFilter(Customer, "Name NOT LIKE 'mar%' AND City LIKE 'p%'")
FOR EACH Customer
    Trace(Customer.Name)                                         // expect: Zoé
END
