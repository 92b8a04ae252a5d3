// Jauge1 : le nom que l'éditeur donne à une nouvelle jauge, déclaré nulle part
nTotal est un entier = 12
Jauge1..BorneMax = nTotal // expect error: control Jauge1: not available outside the IDE
