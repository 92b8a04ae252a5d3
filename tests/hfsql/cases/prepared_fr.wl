// HPrépareRequêteSQL puis HExécuteRequêteSQL avec les paramètres seuls
HNbEnr(Product)
r est une Source de Données
HPrépareRequêteSQL(r, "INSERT INTO product (Reference, Label, Price, Stock) VALUES (:ref, 'Vis', 0.5, 10)")
r.ref = "V1"
Trace(HExécuteRequêteSQL(r))           // expect: 1
r.ref = "V2"
HExécuteRequêteSQL(r)
Trace(HNbEnr(Product))                 // expect: 2
HAnnuleDéclaration(r)
