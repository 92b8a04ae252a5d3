// HCréeVue ?3044159 : l'exemple de la page (jumeau français écrit d'après la page
// anglaise ; elle n'énonce aucun résultat : les enregistrements sont les nôtres). Une vue
// est une image mémoire du fichier : les enregistrements que la condition garde (`]=` de
// HFiltre, commence par, casse ignorée comme sur une clé texte), triés sur NAME puis CITY.
AjouteClient("Martin", "Paris")
AjouteClient("Alain", "Lyon")
AjouteClient("albert", "Paris")
AjouteClient("Alain", "Agen")
AjouteClient("Zoé", "Nice")
// Créer une vue
MaVue est une Source de Données
HCréeVue(MaVue, CUSTOMER, "*", "NAME,CITY", "NAME]='A'", hVueDéfaut)
POUR TOUT MaVue
	Trace(MaVue.NAME, MaVue.CITY)
FIN
// expect: Alain, Agen
// expect: Alain, Lyon
// expect: albert, Paris
Trace(HNbEnr(MaVue))                                    // expect: 3
// séparée du fichier : un enregistrement ajouté ensuite n'est pas dans la vue
AjouteClient("Anna", "Rome")
Trace(HNbEnr(MaVue), HNbEnr(Customer))                  // expect: 3, 6
// quelques rubriques séparées par RC, un tri décroissant, sans condition ; le mode seul
vueVilles est une source de données
Trace(hcreevue(vueVilles, Customer, "City" + RC + "Name", "-City,+Name"))   // expect: 1
HLitPremier(vueVilles)
TANTQUE PAS HEnDehors(vueVilles)
	Trace(vueVilles.City, vueVilles.Name)
	HLitSuivant(vueVilles)
FIN
// expect: Rome, Anna
// expect: Paris, albert
// expect: Paris, Martin
// expect: Nice, Zoé
// expect: Lyon, Alain
// expect: Agen, Alain
Trace(HCréeVue(vueVilles, Customer, hVueDefaut), HNbEnr(vueVilles))   // expect: 1, 6
// un filtre actif sur le fichier s'applique à la vue
HFiltre(Customer, "City = 'Paris'")
Trace(HCréeVue(vueVilles, Customer, "Name", "Name"), HNbEnr(vueVilles))  // expect: 1, 2
HDésactiveFiltre(Customer)
// une rubrique inconnue, une condition que HFiltre refuse : Faux, HErreur renseigné
Trace(HCréeVue(vueVilles, Customer, "Nom"), HErreurInfo())
// expect: 0, HCréeVue: 'Nom' is not an item of Customer.
Trace(HCréeVue(vueVilles, Customer, "*", "Name", "Balance ]= 'A'"), HErreur() <> 0)
// expect: 0, 1

PROCÉDURE AjouteClient(sNom, sVille)
HRAZ(Customer)
Customer.Name = sNom
Customer.City = sVille
HAjoute(Customer)
