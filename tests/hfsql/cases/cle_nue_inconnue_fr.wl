// HLitPremier(Customer, Nme) : une clé nommée sans guillemets que rien ne déclare (une
// faute de frappe de Name) était un variant vide : un avertissement, puis le fichier lu
// dans son ordre (Zoé d'abord). L'exécution s'arrête maintenant sur le nom, comme pour
// le texte "Nme" ; `wl check --analysis` y dit WL109, « did you mean Name? ».
HRAZ(Customer)
Customer.Name = "Zoé"
HAjoute(Customer)
Customer.Name = "Adam"
HAjoute(Customer)
HLitPremier(Customer, Name)
Trace(Customer.Name)                  // expect: Adam
hlitpremier(Customer, Nme)
// expect error: 'Nme' is not a key or an item of the data file Customer.
