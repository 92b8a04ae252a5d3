// Une rubrique que le fichier n'a pas est nommée dans l'erreur comme la ligne l'écrit
// ('PréNom', pas la forme repliée 'prenom' que le code compilé cherche)
HRAZ(Customer)
Customer.Name = "Moore"
Trace(Customer.Name)          // expect: Moore
Customer.PréNom = "Roger"
// expect error: 'PréNom' is not an item of the data file Customer.
