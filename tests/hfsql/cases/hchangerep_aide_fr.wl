// HChangeRep ?3044168 et HChangeLocalisation ?3044167, leurs exemples (pages françaises,
// ?1000024202 pour <Source>.ChangeRep), notre Customer pour leurs Stat, Clients et
// FichierClient. Le troisième exemple de HChangeRep dit que la table de la base initiale
// « n'a pas été modifiée » : le fichier de l'autre répertoire en est un autre.
HRAZ(Customer)
Customer.Name = "Gardé"
HAjoute(Customer)
// Création du fichier de données HFSQL Classic Stat dans le répertoire
// "C:\Statistiques\Janvier"
Customer.ChangeRep("C:\Statistiques\Janvier")
Customer.Création()
Trace(HNbEnr(Customer))                                           // expect: 0
HChangeRep(Customer, "")
Trace(HNbEnr(Customer))                                           // expect: 1
// Recherche des fichiers de données dans les bibliothèques 4, 6 et 9
Trace(HChangeLocalisation(Customer, hWDL, 4, 6, 9))               // expect: 1
Trace(HChangeLocalisation("*", hDisque), HNbEnr(Customer))        // expect: 1, 1
