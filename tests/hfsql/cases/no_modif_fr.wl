// HInterditModif / HFinInterditModif (en français) (?3044053): nobody may write the file, this program included,
// reads stay free; writes come back at HFinInterditModif
HRAZ(Product)
Product.Reference = "P1"
Product.Label = "Pen"
HAjoute(Product)
Trace(HInterditModif(Product))                                    // expect: 1
Product.Reference = "P2"
Trace(HAjoute(Product), HErreurBlocage(), ErreurDétectée)           // expect: 0, 1, 1
HLitPremier(Product, Reference)
Trace(Product.Reference, Product.Label, HNbEnr(Product))    // expect: P1, Pen, 1
Product.Label = "Ink"
Trace(HModifie(Product), HErreurBlocage())                       // expect: 0, 1
Trace(HSupprime(Product), HErreurBlocage())                       // expect: 0, 1
// other files are not concerned; a second forbid of the same file changes nothing
HRAZ(Customer)
Customer.Name = "Ada"
Trace(HAjoute(Customer), HInterditModif(Product))                    // expect: 1, 1
Trace(HFinInterditModif(Product))                                 // expect: 1
Trace(HModifie(Product), HErreurBlocage())                       // expect: 1, 0
HLitPremier(Product, Reference)
Trace(Product.Label)                                        // expect: Ink
// "*": every file of the analysis; ending a forbid never held is not an error
Trace(HInterditModif("*"))                                        // expect: 1
HRAZ(Customer)
Customer.Name = "Bob"
Customer.Email = "bob@example.org"
Trace(HAjoute(Customer), HErreurBlocage())                         // expect: 0, 1
Trace(HFinInterditModif("*"), HFinInterditModif(Orders))                // expect: 1, 1
Trace(HAjoute(Customer), HNbEnr(Customer))                     // expect: 1, 2
// sans fichier : le dernier fichier utilisé
HLitPremier(Customer, Name)
Trace(HInterditModif(), HModifie(Customer), HErreurBlocage(), HFinInterditModif(), HModifie(Customer))   // expect: 1, 0, 1, 1, 1
// supprimer le fichier de données est aussi une écriture : refusé pendant l'interdiction
Trace(HInterditModif(Product), HSupprimeFichier(Product), HErreurBlocage(), HNbEnr(Product))   // expect: 1, 0, 1, 1
Trace(HFinInterditModif(Product), HSupprimeFichier(Product), HNbEnr(Product))   // expect: 1, 1, 0
