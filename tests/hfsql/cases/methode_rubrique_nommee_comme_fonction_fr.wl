// Une méthode d'un fichier de données à qui l'on donne une rubrique dont le nom est
// aussi celui d'un élément du langage (Email, le type e-mail) : la rubrique, comme dans
// la forme fonction HChangeClé(Customer, Email). Les formes méthode dont le second
// paramètre n'est pas une rubrique par déclaration (<Source>.ChangeClé,
// <Source>.GèreDoublon) arrêtaient l'exécution : « A value of type Email cannot be
// converted to a string ». (docs/hfsql.md "Record buffer", les noms de l'analyse.)
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.Email = "dupont@example.com"
HAjoute(Customer)
Customer.Name = "Durand"
Customer.Email = "durand@example.com"
HAjoute(Customer)
Trace(Customer.LitRecherchePremier(Email, "durand@example.com"), Customer.Name)   // expect: 1, Durand
Trace(Customer.ChangeClé(Email), HChangeClé(Customer, Email))                   // expect: 1, 1
Customer.LitPremier()
Trace(Customer.Email)                                                           // expect: dupont@example.com
Customer.LitSuivant()
Trace(Customer.Email)                                                           // expect: durand@example.com
Trace(Customer.GèreDoublon(Email, Vrai), HGèreDoublon(Customer, Email, Vrai))   // expect: 1, 1
Trace(Customer.GèreDoublon(Name, Vrai))                                         // expect: 0
Trace(Customer.StatNbDoublon(Email), Customer.InfoRubrique(Email) <> "")       // expect: 0, 1
