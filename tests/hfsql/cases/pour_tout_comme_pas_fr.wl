// POUR TOUT Fichier OÙ Rubrique COMME PAS motif : aucune forme de COMME (le SQL et la condition
// de HFiltre écrivent PAS COMME). Lu comme COMME suivi du booléen PAS "P%" : wl check ne disait
// rien et l'exécution s'arrêtait sur « A string cannot be used as a boolean » ; refusé au PAS.
HRAZ(Customer)
Customer.Name = "Paul"
HAjoute(Customer)
POUR TOUT Customer OÙ Name COMME PAS "P%" // expect error: 'LIKE NOT' is no operator; the negation is written before it: Item NOT LIKE pattern (Item PAS COMME motif)
	Trace(Customer.Name)
FIN
