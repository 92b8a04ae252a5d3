// HFiltre déclare ses paramètres (le fichier, une condition ou une clé, puis un minimum,
// un maximum et une condition) : check donne à un appel avec trop ou trop peu de valeurs
// le message d'arité que donne l'exécution, comme pour les autres fonctions H* (elle
// prenait *args, et seule l'exécution le disait, avec ses propres mots)
HFiltre("Client", "Nom LIKE 'A%'")
HFiltre("Client", "Nom", "A")
HFiltre("Client", "Nom", "A", "K", "Ville = 'Paris'")
HFiltre("Client", "Nom", "A", "K", "Ville = 'Paris'", "une de plus") // error: WL104:1 HFiltre expects 2 to 5 parameter(s) but received 6
HFiltre("Client") // error: WL104:1 HFiltre expects 2 to 5 parameter(s) but received 1
