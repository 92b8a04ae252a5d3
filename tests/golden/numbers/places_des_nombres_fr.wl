// Produit par tests/golden/value_places.py : monétaires, numériques et entiers sur 8 octets rangés dans
// chaque sorte de place, par les mêmes opérations ; chaque ligne attend ce
// qu'une variable locale affiche.
// monétaire rangé dans : local
x_currencylocal est un monétaire = 10.25
Trace(x_currencylocal + 1) // expect: 11.25
Trace(x_currencylocal / 3) // expect: 3.416667
Trace(x_currencylocal * 3) // expect: 30.75
Trace(x_currencylocal > 10) // expect: 1
Trace(x_currencylocal = 10.25) // expect: 1
Trace(NumériqueVersChaîne(x_currencylocal, "10.2f")) // expect:      10.25
Trace(TypeVar(x_currencylocal)) // expect: 10
Trace(x_currencylocal) // expect: 10.25
x_currencylocal += 0.25
Trace(x_currencylocal) // expect: 10.5
x_currencylocal -= 0.75
Trace(x_currencylocal) // expect: 9.75
x_currencylocal = "12,50"
Trace(x_currencylocal) // expect: 12.5
// monétaire rangé dans : struct
ST_currencystruct est une Structure
	m est un monétaire
FIN
st_currencystruct est un ST_currencystruct
st_currencystruct.m = 10.25
Trace(st_currencystruct.m + 1) // expect: 11.25
Trace(st_currencystruct.m / 3) // expect: 3.416667
Trace(st_currencystruct.m * 3) // expect: 30.75
Trace(st_currencystruct.m > 10) // expect: 1
Trace(st_currencystruct.m = 10.25) // expect: 1
Trace(NumériqueVersChaîne(st_currencystruct.m, "10.2f")) // expect:      10.25
Trace(TypeVar(st_currencystruct.m)) // expect: 10
Trace(st_currencystruct.m) // expect: 10.25
st_currencystruct.m += 0.25
Trace(st_currencystruct.m) // expect: 10.5
st_currencystruct.m -= 0.75
Trace(st_currencystruct.m) // expect: 9.75
st_currencystruct.m = "12,50"
Trace(st_currencystruct.m) // expect: 12.5
// monétaire rangé dans : array
arr_currencyarray est un tableau de 2 monétaire
arr_currencyarray[1] = 10.25
Trace(arr_currencyarray[1] + 1) // expect: 11.25
Trace(arr_currencyarray[1] / 3) // expect: 3.416667
Trace(arr_currencyarray[1] * 3) // expect: 30.75
Trace(arr_currencyarray[1] > 10) // expect: 1
Trace(arr_currencyarray[1] = 10.25) // expect: 1
Trace(NumériqueVersChaîne(arr_currencyarray[1], "10.2f")) // expect:      10.25
Trace(TypeVar(arr_currencyarray[1])) // expect: 10
Trace(arr_currencyarray[1]) // expect: 10.25
arr_currencyarray[1] += 0.25
Trace(arr_currencyarray[1]) // expect: 10.5
arr_currencyarray[1] -= 0.75
Trace(arr_currencyarray[1]) // expect: 9.75
arr_currencyarray[1] = "12,50"
Trace(arr_currencyarray[1]) // expect: 12.5
// monétaire rangé dans : dynarray
arr_currencydynarray est un tableau de monétaire
TableauAjoute(arr_currencydynarray, 10.25)
Trace(arr_currencydynarray[1] + 1) // expect: 11.25
Trace(arr_currencydynarray[1] / 3) // expect: 3.416667
Trace(arr_currencydynarray[1] * 3) // expect: 30.75
Trace(arr_currencydynarray[1] > 10) // expect: 1
Trace(arr_currencydynarray[1] = 10.25) // expect: 1
Trace(NumériqueVersChaîne(arr_currencydynarray[1], "10.2f")) // expect:      10.25
Trace(TypeVar(arr_currencydynarray[1])) // expect: 10
Trace(arr_currencydynarray[1]) // expect: 10.25
arr_currencydynarray[1] += 0.25
Trace(arr_currencydynarray[1]) // expect: 10.5
arr_currencydynarray[1] -= 0.75
Trace(arr_currencydynarray[1]) // expect: 9.75
arr_currencydynarray[1] = "12,50"
Trace(arr_currencydynarray[1]) // expect: 12.5
// monétaire rangé dans : assoc
aa_currencyassoc est un tableau associatif de monétaire
aa_currencyassoc["k"] = 10.25
Trace(aa_currencyassoc["k"] + 1) // expect: 11.25
Trace(aa_currencyassoc["k"] / 3) // expect: 3.416667
Trace(aa_currencyassoc["k"] * 3) // expect: 30.75
Trace(aa_currencyassoc["k"] > 10) // expect: 1
Trace(aa_currencyassoc["k"] = 10.25) // expect: 1
Trace(NumériqueVersChaîne(aa_currencyassoc["k"], "10.2f")) // expect:      10.25
Trace(TypeVar(aa_currencyassoc["k"])) // expect: 10
Trace(aa_currencyassoc["k"]) // expect: 10.25
aa_currencyassoc["k"] += 0.25
Trace(aa_currencyassoc["k"]) // expect: 10.5
aa_currencyassoc["k"] -= 0.75
Trace(aa_currencyassoc["k"]) // expect: 9.75
aa_currencyassoc["k"] = "12,50"
Trace(aa_currencyassoc["k"]) // expect: 12.5
// monétaire rangé dans : assoc_struct
ST_currencyassocstruct est une Structure
	m est un monétaire
FIN
aa_currencyassocstruct est un tableau associatif de ST_currencyassocstruct
aa_currencyassocstruct["k"].m = 10.25
Trace(aa_currencyassocstruct["k"].m + 1) // expect: 11.25
Trace(aa_currencyassocstruct["k"].m / 3) // expect: 3.416667
Trace(aa_currencyassocstruct["k"].m * 3) // expect: 30.75
Trace(aa_currencyassocstruct["k"].m > 10) // expect: 1
Trace(aa_currencyassocstruct["k"].m = 10.25) // expect: 1
Trace(NumériqueVersChaîne(aa_currencyassocstruct["k"].m, "10.2f")) // expect:      10.25
Trace(TypeVar(aa_currencyassocstruct["k"].m)) // expect: 10
Trace(aa_currencyassocstruct["k"].m) // expect: 10.25
aa_currencyassocstruct["k"].m += 0.25
Trace(aa_currencyassocstruct["k"].m) // expect: 10.5
aa_currencyassocstruct["k"].m -= 0.75
Trace(aa_currencyassocstruct["k"].m) // expect: 9.75
aa_currencyassocstruct["k"].m = "12,50"
Trace(aa_currencyassocstruct["k"].m) // expect: 12.5
// monétaire rangé dans : class_dot
C_currencyclassdot est une Classe
	m est un monétaire
FIN
o_currencyclassdot est un C_currencyclassdot
o_currencyclassdot.m = 10.25
Trace(o_currencyclassdot.m + 1) // expect: 11.25
Trace(o_currencyclassdot.m / 3) // expect: 3.416667
Trace(o_currencyclassdot.m * 3) // expect: 30.75
Trace(o_currencyclassdot.m > 10) // expect: 1
Trace(o_currencyclassdot.m = 10.25) // expect: 1
Trace(NumériqueVersChaîne(o_currencyclassdot.m, "10.2f")) // expect:      10.25
Trace(TypeVar(o_currencyclassdot.m)) // expect: 10
Trace(o_currencyclassdot.m) // expect: 10.25
o_currencyclassdot.m += 0.25
Trace(o_currencyclassdot.m) // expect: 10.5
o_currencyclassdot.m -= 0.75
Trace(o_currencyclassdot.m) // expect: 9.75
o_currencyclassdot.m = "12,50"
Trace(o_currencyclassdot.m) // expect: 12.5
// monétaire rangé dans : class_loop
C_currencyclassloop est une Classe
	m est un monétaire
FIN
o_currencyclassloop est un C_currencyclassloop
o_currencyclassloop.m = 10.25
POUR i_currencyclassloop = 1 _À_ 1
	Trace(o_currencyclassloop.m + 1) // expect: 11.25
	Trace(o_currencyclassloop.m / 3) // expect: 3.416667
	Trace(o_currencyclassloop.m * 3) // expect: 30.75
	Trace(o_currencyclassloop.m > 10) // expect: 1
	Trace(o_currencyclassloop.m = 10.25) // expect: 1
	Trace(NumériqueVersChaîne(o_currencyclassloop.m, "10.2f")) // expect:      10.25
	Trace(TypeVar(o_currencyclassloop.m)) // expect: 10
	Trace(o_currencyclassloop.m) // expect: 10.25
	o_currencyclassloop.m += 0.25
	Trace(o_currencyclassloop.m) // expect: 10.5
	o_currencyclassloop.m -= 0.75
	Trace(o_currencyclassloop.m) // expect: 9.75
	o_currencyclassloop.m = "12,50"
	Trace(o_currencyclassloop.m) // expect: 12.5
FIN
// monétaire rangé dans : global_member
C_currencyglobalmember est une Classe
	GLOBAL g est un monétaire
FIN
C_currencyglobalmember::g = 10.25
Trace(C_currencyglobalmember::g + 1) // expect: 11.25
Trace(C_currencyglobalmember::g / 3) // expect: 3.416667
Trace(C_currencyglobalmember::g * 3) // expect: 30.75
Trace(C_currencyglobalmember::g > 10) // expect: 1
Trace(C_currencyglobalmember::g = 10.25) // expect: 1
Trace(NumériqueVersChaîne(C_currencyglobalmember::g, "10.2f")) // expect:      10.25
Trace(TypeVar(C_currencyglobalmember::g)) // expect: 10
Trace(C_currencyglobalmember::g) // expect: 10.25
C_currencyglobalmember::g += 0.25
Trace(C_currencyglobalmember::g) // expect: 10.5
C_currencyglobalmember::g -= 0.75
Trace(C_currencyglobalmember::g) // expect: 9.75
C_currencyglobalmember::g = "12,50"
Trace(C_currencyglobalmember::g) // expect: 12.5
// monétaire rangé dans : global_dot
C_currencyglobaldot est une Classe
	GLOBAL g est un monétaire
FIN
C_currencyglobaldot.g = 10.25
Trace(C_currencyglobaldot.g + 1) // expect: 11.25
Trace(C_currencyglobaldot.g / 3) // expect: 3.416667
Trace(C_currencyglobaldot.g * 3) // expect: 30.75
Trace(C_currencyglobaldot.g > 10) // expect: 1
Trace(C_currencyglobaldot.g = 10.25) // expect: 1
Trace(NumériqueVersChaîne(C_currencyglobaldot.g, "10.2f")) // expect:      10.25
Trace(TypeVar(C_currencyglobaldot.g)) // expect: 10
Trace(C_currencyglobaldot.g) // expect: 10.25
C_currencyglobaldot.g += 0.25
Trace(C_currencyglobaldot.g) // expect: 10.5
C_currencyglobaldot.g -= 0.75
Trace(C_currencyglobaldot.g) // expect: 9.75
C_currencyglobaldot.g = "12,50"
Trace(C_currencyglobaldot.g) // expect: 12.5
// monétaire rangé dans : global_obj
C_currencyglobalobj est une Classe
	GLOBAL g est un monétaire
FIN
o_currencyglobalobj est un C_currencyglobalobj
o_currencyglobalobj.g = 10.25
Trace(o_currencyglobalobj.g + 1) // expect: 11.25
Trace(o_currencyglobalobj.g / 3) // expect: 3.416667
Trace(o_currencyglobalobj.g * 3) // expect: 30.75
Trace(o_currencyglobalobj.g > 10) // expect: 1
Trace(o_currencyglobalobj.g = 10.25) // expect: 1
Trace(NumériqueVersChaîne(o_currencyglobalobj.g, "10.2f")) // expect:      10.25
Trace(TypeVar(o_currencyglobalobj.g)) // expect: 10
Trace(o_currencyglobalobj.g) // expect: 10.25
o_currencyglobalobj.g += 0.25
Trace(o_currencyglobalobj.g) // expect: 10.5
o_currencyglobalobj.g -= 0.75
Trace(o_currencyglobalobj.g) // expect: 9.75
o_currencyglobalobj.g = "12,50"
Trace(o_currencyglobalobj.g) // expect: 12.5
// monétaire rangé dans : struct_array
ST_currencystructarray est une Structure
	a est un tableau de monétaire
FIN
st_currencystructarray est un ST_currencystructarray
TableauAjoute(st_currencystructarray.a, 10.25)
Trace(st_currencystructarray.a[1] + 1) // expect: 11.25
Trace(st_currencystructarray.a[1] / 3) // expect: 3.416667
Trace(st_currencystructarray.a[1] * 3) // expect: 30.75
Trace(st_currencystructarray.a[1] > 10) // expect: 1
Trace(st_currencystructarray.a[1] = 10.25) // expect: 1
Trace(NumériqueVersChaîne(st_currencystructarray.a[1], "10.2f")) // expect:      10.25
Trace(TypeVar(st_currencystructarray.a[1])) // expect: 10
Trace(st_currencystructarray.a[1]) // expect: 10.25
st_currencystructarray.a[1] += 0.25
Trace(st_currencystructarray.a[1]) // expect: 10.5
st_currencystructarray.a[1] -= 0.75
Trace(st_currencystructarray.a[1]) // expect: 9.75
st_currencystructarray.a[1] = "12,50"
Trace(st_currencystructarray.a[1]) // expect: 12.5
// monétaire rangé dans : array_of_struct
ST_currencyarrayofstruct est une Structure
	m est un monétaire
FIN
arr_currencyarrayofstruct est un tableau de ST_currencyarrayofstruct
st_currencyarrayofstruct est un ST_currencyarrayofstruct
st_currencyarrayofstruct.m = 10.25
TableauAjoute(arr_currencyarrayofstruct, st_currencyarrayofstruct)
Trace(arr_currencyarrayofstruct[1].m + 1) // expect: 11.25
Trace(arr_currencyarrayofstruct[1].m / 3) // expect: 3.416667
Trace(arr_currencyarrayofstruct[1].m * 3) // expect: 30.75
Trace(arr_currencyarrayofstruct[1].m > 10) // expect: 1
Trace(arr_currencyarrayofstruct[1].m = 10.25) // expect: 1
Trace(NumériqueVersChaîne(arr_currencyarrayofstruct[1].m, "10.2f")) // expect:      10.25
Trace(TypeVar(arr_currencyarrayofstruct[1].m)) // expect: 10
Trace(arr_currencyarrayofstruct[1].m) // expect: 10.25
arr_currencyarrayofstruct[1].m += 0.25
Trace(arr_currencyarrayofstruct[1].m) // expect: 10.5
arr_currencyarrayofstruct[1].m -= 0.75
Trace(arr_currencyarrayofstruct[1].m) // expect: 9.75
arr_currencyarrayofstruct[1].m = "12,50"
Trace(arr_currencyarrayofstruct[1].m) // expect: 12.5
// monétaire rangé dans : struct_in_class
ST_currencystructinclass est une Structure
	m est un monétaire
FIN
C_currencystructinclass est une Classe
	s est un ST_currencystructinclass
FIN
o_currencystructinclass est un C_currencystructinclass
o_currencystructinclass.s.m = 10.25
Trace(o_currencystructinclass.s.m + 1) // expect: 11.25
Trace(o_currencystructinclass.s.m / 3) // expect: 3.416667
Trace(o_currencystructinclass.s.m * 3) // expect: 30.75
Trace(o_currencystructinclass.s.m > 10) // expect: 1
Trace(o_currencystructinclass.s.m = 10.25) // expect: 1
Trace(NumériqueVersChaîne(o_currencystructinclass.s.m, "10.2f")) // expect:      10.25
Trace(TypeVar(o_currencystructinclass.s.m)) // expect: 10
Trace(o_currencystructinclass.s.m) // expect: 10.25
o_currencystructinclass.s.m += 0.25
Trace(o_currencystructinclass.s.m) // expect: 10.5
o_currencystructinclass.s.m -= 0.75
Trace(o_currencystructinclass.s.m) // expect: 9.75
o_currencystructinclass.s.m = "12,50"
Trace(o_currencystructinclass.s.m) // expect: 12.5
// monétaire rangé dans : variant
x0_currencyvariant est un monétaire = 10.25
v_currencyvariant est un Variant = x0_currencyvariant
Trace(v_currencyvariant + 1) // expect: 11.25
Trace(v_currencyvariant / 3) // expect: 3.416667
Trace(v_currencyvariant * 3) // expect: 30.75
Trace(v_currencyvariant > 10) // expect: 1
Trace(v_currencyvariant = 10.25) // expect: 1
Trace(NumériqueVersChaîne(v_currencyvariant, "10.2f")) // expect:      10.25
Trace(TypeVar(v_currencyvariant)) // expect: 10
Trace(v_currencyvariant) // expect: 10.25
v_currencyvariant += 0.25
Trace(v_currencyvariant) // expect: 10.5
v_currencyvariant -= 0.75
Trace(v_currencyvariant) // expect: 9.75
// monétaire rangé dans : foreach
arr_currencyforeach est un tableau de monétaire
TableauAjoute(arr_currencyforeach, 10.25)
POUR TOUT e_currencyforeach DE arr_currencyforeach
	Trace(e_currencyforeach + 1) // expect: 11.25
	Trace(e_currencyforeach / 3) // expect: 3.416667
	Trace(e_currencyforeach * 3) // expect: 30.75
	Trace(e_currencyforeach > 10) // expect: 1
	Trace(e_currencyforeach = 10.25) // expect: 1
	Trace(NumériqueVersChaîne(e_currencyforeach, "10.2f")) // expect:      10.25
	Trace(TypeVar(e_currencyforeach)) // expect: 10
	Trace(e_currencyforeach) // expect: 10.25
	e_currencyforeach += 0.25
	Trace(e_currencyforeach) // expect: 10.5
	e_currencyforeach -= 0.75
	Trace(e_currencyforeach) // expect: 9.75
	e_currencyforeach = "12,50"
	Trace(e_currencyforeach) // expect: 12.5
FIN
// monétaire rangé dans : foreach_struct
ST_currencyforeachstruct est une Structure
	m est un monétaire
FIN
arr_currencyforeachstruct est un tableau de ST_currencyforeachstruct
st_currencyforeachstruct est un ST_currencyforeachstruct
st_currencyforeachstruct.m = 10.25
TableauAjoute(arr_currencyforeachstruct, st_currencyforeachstruct)
POUR TOUT e_currencyforeachstruct DE arr_currencyforeachstruct
	Trace(e_currencyforeachstruct.m + 1) // expect: 11.25
	Trace(e_currencyforeachstruct.m / 3) // expect: 3.416667
	Trace(e_currencyforeachstruct.m * 3) // expect: 30.75
	Trace(e_currencyforeachstruct.m > 10) // expect: 1
	Trace(e_currencyforeachstruct.m = 10.25) // expect: 1
	Trace(NumériqueVersChaîne(e_currencyforeachstruct.m, "10.2f")) // expect:      10.25
	Trace(TypeVar(e_currencyforeachstruct.m)) // expect: 10
	Trace(e_currencyforeachstruct.m) // expect: 10.25
	e_currencyforeachstruct.m += 0.25
	Trace(e_currencyforeachstruct.m) // expect: 10.5
	e_currencyforeachstruct.m -= 0.75
	Trace(e_currencyforeachstruct.m) // expect: 9.75
	e_currencyforeachstruct.m = "12,50"
	Trace(e_currencyforeachstruct.m) // expect: 12.5
FIN
// monétaire rangé dans : return
Trace(F_currencyreturn() + 1) // expect: 11.25
Trace(F_currencyreturn() / 3) // expect: 3.416667
Trace(F_currencyreturn() * 3) // expect: 30.75
Trace(F_currencyreturn() > 10) // expect: 1
Trace(F_currencyreturn() = 10.25) // expect: 1
Trace(NumériqueVersChaîne(F_currencyreturn(), "10.2f")) // expect:      10.25
Trace(TypeVar(F_currencyreturn())) // expect: 10
Trace(F_currencyreturn()) // expect: 10.25
// monétaire rangé dans : return_untyped
Trace(F_currencyreturnuntyped() + 1) // expect: 11.25
Trace(F_currencyreturnuntyped() / 3) // expect: 3.416667
Trace(F_currencyreturnuntyped() * 3) // expect: 30.75
Trace(F_currencyreturnuntyped() > 10) // expect: 1
Trace(F_currencyreturnuntyped() = 10.25) // expect: 1
Trace(NumériqueVersChaîne(F_currencyreturnuntyped(), "10.2f")) // expect:      10.25
Trace(TypeVar(F_currencyreturnuntyped())) // expect: 10
Trace(F_currencyreturnuntyped()) // expect: 10.25
// monétaire rangé dans : reference
x0_currencyreference est un monétaire = 10.25
r_currencyreference est un Variant
r_currencyreference <- x0_currencyreference
Trace(r_currencyreference + 1) // expect: 11.25
Trace(r_currencyreference / 3) // expect: 3.416667
Trace(r_currencyreference * 3) // expect: 30.75
Trace(r_currencyreference > 10) // expect: 1
Trace(r_currencyreference = 10.25) // expect: 1
Trace(NumériqueVersChaîne(r_currencyreference, "10.2f")) // expect:      10.25
Trace(TypeVar(r_currencyreference)) // expect: 10
Trace(r_currencyreference) // expect: 10.25
r_currencyreference += 0.25
Trace(r_currencyreference) // expect: 10.5
r_currencyreference -= 0.75
Trace(r_currencyreference) // expect: 9.75
// monétaire rangé dans : method_return
C_currencymethodreturn est une Classe
FIN
o_currencymethodreturn est un C_currencymethodreturn
Trace(o_currencymethodreturn.F_currencymethodreturn() + 1) // expect: 11.25
Trace(o_currencymethodreturn.F_currencymethodreturn() / 3) // expect: 3.416667
Trace(o_currencymethodreturn.F_currencymethodreturn() * 3) // expect: 30.75
Trace(o_currencymethodreturn.F_currencymethodreturn() > 10) // expect: 1
Trace(o_currencymethodreturn.F_currencymethodreturn() = 10.25) // expect: 1
Trace(NumériqueVersChaîne(o_currencymethodreturn.F_currencymethodreturn(), "10.2f")) // expect:      10.25
Trace(TypeVar(o_currencymethodreturn.F_currencymethodreturn())) // expect: 10
Trace(o_currencymethodreturn.F_currencymethodreturn()) // expect: 10.25
// numérique rangé dans : local
x_numericlocal est un numérique = 10.25
Trace(x_numericlocal + 1) // expect: 11.25
Trace(x_numericlocal / 3) // expect: 3.416667
Trace(x_numericlocal * 3) // expect: 30.75
Trace(x_numericlocal > 10) // expect: 1
Trace(x_numericlocal = 10.25) // expect: 1
Trace(NumériqueVersChaîne(x_numericlocal, "10.3f")) // expect:     10.250
Trace(TypeVar(x_numericlocal)) // expect: 13
Trace(x_numericlocal) // expect: 10.25
x_numericlocal += 0.25
Trace(x_numericlocal) // expect: 10.5
x_numericlocal -= 0.125
Trace(x_numericlocal) // expect: 10.375
x_numericlocal = "12,50"
Trace(x_numericlocal) // expect: 12.5
// numérique rangé dans : struct
ST_numericstruct est une Structure
	m est un numérique
FIN
st_numericstruct est un ST_numericstruct
st_numericstruct.m = 10.25
Trace(st_numericstruct.m + 1) // expect: 11.25
Trace(st_numericstruct.m / 3) // expect: 3.416667
Trace(st_numericstruct.m * 3) // expect: 30.75
Trace(st_numericstruct.m > 10) // expect: 1
Trace(st_numericstruct.m = 10.25) // expect: 1
Trace(NumériqueVersChaîne(st_numericstruct.m, "10.3f")) // expect:     10.250
Trace(TypeVar(st_numericstruct.m)) // expect: 13
Trace(st_numericstruct.m) // expect: 10.25
st_numericstruct.m += 0.25
Trace(st_numericstruct.m) // expect: 10.5
st_numericstruct.m -= 0.125
Trace(st_numericstruct.m) // expect: 10.375
st_numericstruct.m = "12,50"
Trace(st_numericstruct.m) // expect: 12.5
// numérique rangé dans : array
arr_numericarray est un tableau de 2 numérique
arr_numericarray[1] = 10.25
Trace(arr_numericarray[1] + 1) // expect: 11.25
Trace(arr_numericarray[1] / 3) // expect: 3.416667
Trace(arr_numericarray[1] * 3) // expect: 30.75
Trace(arr_numericarray[1] > 10) // expect: 1
Trace(arr_numericarray[1] = 10.25) // expect: 1
Trace(NumériqueVersChaîne(arr_numericarray[1], "10.3f")) // expect:     10.250
Trace(TypeVar(arr_numericarray[1])) // expect: 13
Trace(arr_numericarray[1]) // expect: 10.25
arr_numericarray[1] += 0.25
Trace(arr_numericarray[1]) // expect: 10.5
arr_numericarray[1] -= 0.125
Trace(arr_numericarray[1]) // expect: 10.375
arr_numericarray[1] = "12,50"
Trace(arr_numericarray[1]) // expect: 12.5
// numérique rangé dans : dynarray
arr_numericdynarray est un tableau de numérique
TableauAjoute(arr_numericdynarray, 10.25)
Trace(arr_numericdynarray[1] + 1) // expect: 11.25
Trace(arr_numericdynarray[1] / 3) // expect: 3.416667
Trace(arr_numericdynarray[1] * 3) // expect: 30.75
Trace(arr_numericdynarray[1] > 10) // expect: 1
Trace(arr_numericdynarray[1] = 10.25) // expect: 1
Trace(NumériqueVersChaîne(arr_numericdynarray[1], "10.3f")) // expect:     10.250
Trace(TypeVar(arr_numericdynarray[1])) // expect: 13
Trace(arr_numericdynarray[1]) // expect: 10.25
arr_numericdynarray[1] += 0.25
Trace(arr_numericdynarray[1]) // expect: 10.5
arr_numericdynarray[1] -= 0.125
Trace(arr_numericdynarray[1]) // expect: 10.375
arr_numericdynarray[1] = "12,50"
Trace(arr_numericdynarray[1]) // expect: 12.5
// numérique rangé dans : assoc
aa_numericassoc est un tableau associatif de numérique
aa_numericassoc["k"] = 10.25
Trace(aa_numericassoc["k"] + 1) // expect: 11.25
Trace(aa_numericassoc["k"] / 3) // expect: 3.416667
Trace(aa_numericassoc["k"] * 3) // expect: 30.75
Trace(aa_numericassoc["k"] > 10) // expect: 1
Trace(aa_numericassoc["k"] = 10.25) // expect: 1
Trace(NumériqueVersChaîne(aa_numericassoc["k"], "10.3f")) // expect:     10.250
Trace(TypeVar(aa_numericassoc["k"])) // expect: 13
Trace(aa_numericassoc["k"]) // expect: 10.25
aa_numericassoc["k"] += 0.25
Trace(aa_numericassoc["k"]) // expect: 10.5
aa_numericassoc["k"] -= 0.125
Trace(aa_numericassoc["k"]) // expect: 10.375
aa_numericassoc["k"] = "12,50"
Trace(aa_numericassoc["k"]) // expect: 12.5
// numérique rangé dans : assoc_struct
ST_numericassocstruct est une Structure
	m est un numérique
FIN
aa_numericassocstruct est un tableau associatif de ST_numericassocstruct
aa_numericassocstruct["k"].m = 10.25
Trace(aa_numericassocstruct["k"].m + 1) // expect: 11.25
Trace(aa_numericassocstruct["k"].m / 3) // expect: 3.416667
Trace(aa_numericassocstruct["k"].m * 3) // expect: 30.75
Trace(aa_numericassocstruct["k"].m > 10) // expect: 1
Trace(aa_numericassocstruct["k"].m = 10.25) // expect: 1
Trace(NumériqueVersChaîne(aa_numericassocstruct["k"].m, "10.3f")) // expect:     10.250
Trace(TypeVar(aa_numericassocstruct["k"].m)) // expect: 13
Trace(aa_numericassocstruct["k"].m) // expect: 10.25
aa_numericassocstruct["k"].m += 0.25
Trace(aa_numericassocstruct["k"].m) // expect: 10.5
aa_numericassocstruct["k"].m -= 0.125
Trace(aa_numericassocstruct["k"].m) // expect: 10.375
aa_numericassocstruct["k"].m = "12,50"
Trace(aa_numericassocstruct["k"].m) // expect: 12.5
// numérique rangé dans : class_dot
C_numericclassdot est une Classe
	m est un numérique
FIN
o_numericclassdot est un C_numericclassdot
o_numericclassdot.m = 10.25
Trace(o_numericclassdot.m + 1) // expect: 11.25
Trace(o_numericclassdot.m / 3) // expect: 3.416667
Trace(o_numericclassdot.m * 3) // expect: 30.75
Trace(o_numericclassdot.m > 10) // expect: 1
Trace(o_numericclassdot.m = 10.25) // expect: 1
Trace(NumériqueVersChaîne(o_numericclassdot.m, "10.3f")) // expect:     10.250
Trace(TypeVar(o_numericclassdot.m)) // expect: 13
Trace(o_numericclassdot.m) // expect: 10.25
o_numericclassdot.m += 0.25
Trace(o_numericclassdot.m) // expect: 10.5
o_numericclassdot.m -= 0.125
Trace(o_numericclassdot.m) // expect: 10.375
o_numericclassdot.m = "12,50"
Trace(o_numericclassdot.m) // expect: 12.5
// numérique rangé dans : class_loop
C_numericclassloop est une Classe
	m est un numérique
FIN
o_numericclassloop est un C_numericclassloop
o_numericclassloop.m = 10.25
POUR i_numericclassloop = 1 _À_ 1
	Trace(o_numericclassloop.m + 1) // expect: 11.25
	Trace(o_numericclassloop.m / 3) // expect: 3.416667
	Trace(o_numericclassloop.m * 3) // expect: 30.75
	Trace(o_numericclassloop.m > 10) // expect: 1
	Trace(o_numericclassloop.m = 10.25) // expect: 1
	Trace(NumériqueVersChaîne(o_numericclassloop.m, "10.3f")) // expect:     10.250
	Trace(TypeVar(o_numericclassloop.m)) // expect: 13
	Trace(o_numericclassloop.m) // expect: 10.25
	o_numericclassloop.m += 0.25
	Trace(o_numericclassloop.m) // expect: 10.5
	o_numericclassloop.m -= 0.125
	Trace(o_numericclassloop.m) // expect: 10.375
	o_numericclassloop.m = "12,50"
	Trace(o_numericclassloop.m) // expect: 12.5
FIN
// numérique rangé dans : global_member
C_numericglobalmember est une Classe
	GLOBAL g est un numérique
FIN
C_numericglobalmember::g = 10.25
Trace(C_numericglobalmember::g + 1) // expect: 11.25
Trace(C_numericglobalmember::g / 3) // expect: 3.416667
Trace(C_numericglobalmember::g * 3) // expect: 30.75
Trace(C_numericglobalmember::g > 10) // expect: 1
Trace(C_numericglobalmember::g = 10.25) // expect: 1
Trace(NumériqueVersChaîne(C_numericglobalmember::g, "10.3f")) // expect:     10.250
Trace(TypeVar(C_numericglobalmember::g)) // expect: 13
Trace(C_numericglobalmember::g) // expect: 10.25
C_numericglobalmember::g += 0.25
Trace(C_numericglobalmember::g) // expect: 10.5
C_numericglobalmember::g -= 0.125
Trace(C_numericglobalmember::g) // expect: 10.375
C_numericglobalmember::g = "12,50"
Trace(C_numericglobalmember::g) // expect: 12.5
// numérique rangé dans : global_dot
C_numericglobaldot est une Classe
	GLOBAL g est un numérique
FIN
C_numericglobaldot.g = 10.25
Trace(C_numericglobaldot.g + 1) // expect: 11.25
Trace(C_numericglobaldot.g / 3) // expect: 3.416667
Trace(C_numericglobaldot.g * 3) // expect: 30.75
Trace(C_numericglobaldot.g > 10) // expect: 1
Trace(C_numericglobaldot.g = 10.25) // expect: 1
Trace(NumériqueVersChaîne(C_numericglobaldot.g, "10.3f")) // expect:     10.250
Trace(TypeVar(C_numericglobaldot.g)) // expect: 13
Trace(C_numericglobaldot.g) // expect: 10.25
C_numericglobaldot.g += 0.25
Trace(C_numericglobaldot.g) // expect: 10.5
C_numericglobaldot.g -= 0.125
Trace(C_numericglobaldot.g) // expect: 10.375
C_numericglobaldot.g = "12,50"
Trace(C_numericglobaldot.g) // expect: 12.5
// numérique rangé dans : global_obj
C_numericglobalobj est une Classe
	GLOBAL g est un numérique
FIN
o_numericglobalobj est un C_numericglobalobj
o_numericglobalobj.g = 10.25
Trace(o_numericglobalobj.g + 1) // expect: 11.25
Trace(o_numericglobalobj.g / 3) // expect: 3.416667
Trace(o_numericglobalobj.g * 3) // expect: 30.75
Trace(o_numericglobalobj.g > 10) // expect: 1
Trace(o_numericglobalobj.g = 10.25) // expect: 1
Trace(NumériqueVersChaîne(o_numericglobalobj.g, "10.3f")) // expect:     10.250
Trace(TypeVar(o_numericglobalobj.g)) // expect: 13
Trace(o_numericglobalobj.g) // expect: 10.25
o_numericglobalobj.g += 0.25
Trace(o_numericglobalobj.g) // expect: 10.5
o_numericglobalobj.g -= 0.125
Trace(o_numericglobalobj.g) // expect: 10.375
o_numericglobalobj.g = "12,50"
Trace(o_numericglobalobj.g) // expect: 12.5
// numérique rangé dans : struct_array
ST_numericstructarray est une Structure
	a est un tableau de numérique
FIN
st_numericstructarray est un ST_numericstructarray
TableauAjoute(st_numericstructarray.a, 10.25)
Trace(st_numericstructarray.a[1] + 1) // expect: 11.25
Trace(st_numericstructarray.a[1] / 3) // expect: 3.416667
Trace(st_numericstructarray.a[1] * 3) // expect: 30.75
Trace(st_numericstructarray.a[1] > 10) // expect: 1
Trace(st_numericstructarray.a[1] = 10.25) // expect: 1
Trace(NumériqueVersChaîne(st_numericstructarray.a[1], "10.3f")) // expect:     10.250
Trace(TypeVar(st_numericstructarray.a[1])) // expect: 13
Trace(st_numericstructarray.a[1]) // expect: 10.25
st_numericstructarray.a[1] += 0.25
Trace(st_numericstructarray.a[1]) // expect: 10.5
st_numericstructarray.a[1] -= 0.125
Trace(st_numericstructarray.a[1]) // expect: 10.375
st_numericstructarray.a[1] = "12,50"
Trace(st_numericstructarray.a[1]) // expect: 12.5
// numérique rangé dans : array_of_struct
ST_numericarrayofstruct est une Structure
	m est un numérique
FIN
arr_numericarrayofstruct est un tableau de ST_numericarrayofstruct
st_numericarrayofstruct est un ST_numericarrayofstruct
st_numericarrayofstruct.m = 10.25
TableauAjoute(arr_numericarrayofstruct, st_numericarrayofstruct)
Trace(arr_numericarrayofstruct[1].m + 1) // expect: 11.25
Trace(arr_numericarrayofstruct[1].m / 3) // expect: 3.416667
Trace(arr_numericarrayofstruct[1].m * 3) // expect: 30.75
Trace(arr_numericarrayofstruct[1].m > 10) // expect: 1
Trace(arr_numericarrayofstruct[1].m = 10.25) // expect: 1
Trace(NumériqueVersChaîne(arr_numericarrayofstruct[1].m, "10.3f")) // expect:     10.250
Trace(TypeVar(arr_numericarrayofstruct[1].m)) // expect: 13
Trace(arr_numericarrayofstruct[1].m) // expect: 10.25
arr_numericarrayofstruct[1].m += 0.25
Trace(arr_numericarrayofstruct[1].m) // expect: 10.5
arr_numericarrayofstruct[1].m -= 0.125
Trace(arr_numericarrayofstruct[1].m) // expect: 10.375
arr_numericarrayofstruct[1].m = "12,50"
Trace(arr_numericarrayofstruct[1].m) // expect: 12.5
// numérique rangé dans : struct_in_class
ST_numericstructinclass est une Structure
	m est un numérique
FIN
C_numericstructinclass est une Classe
	s est un ST_numericstructinclass
FIN
o_numericstructinclass est un C_numericstructinclass
o_numericstructinclass.s.m = 10.25
Trace(o_numericstructinclass.s.m + 1) // expect: 11.25
Trace(o_numericstructinclass.s.m / 3) // expect: 3.416667
Trace(o_numericstructinclass.s.m * 3) // expect: 30.75
Trace(o_numericstructinclass.s.m > 10) // expect: 1
Trace(o_numericstructinclass.s.m = 10.25) // expect: 1
Trace(NumériqueVersChaîne(o_numericstructinclass.s.m, "10.3f")) // expect:     10.250
Trace(TypeVar(o_numericstructinclass.s.m)) // expect: 13
Trace(o_numericstructinclass.s.m) // expect: 10.25
o_numericstructinclass.s.m += 0.25
Trace(o_numericstructinclass.s.m) // expect: 10.5
o_numericstructinclass.s.m -= 0.125
Trace(o_numericstructinclass.s.m) // expect: 10.375
o_numericstructinclass.s.m = "12,50"
Trace(o_numericstructinclass.s.m) // expect: 12.5
// numérique rangé dans : variant
x0_numericvariant est un numérique = 10.25
v_numericvariant est un Variant = x0_numericvariant
Trace(v_numericvariant + 1) // expect: 11.25
Trace(v_numericvariant / 3) // expect: 3.416667
Trace(v_numericvariant * 3) // expect: 30.75
Trace(v_numericvariant > 10) // expect: 1
Trace(v_numericvariant = 10.25) // expect: 1
Trace(NumériqueVersChaîne(v_numericvariant, "10.3f")) // expect:     10.250
Trace(TypeVar(v_numericvariant)) // expect: 13
Trace(v_numericvariant) // expect: 10.25
v_numericvariant += 0.25
Trace(v_numericvariant) // expect: 10.5
v_numericvariant -= 0.125
Trace(v_numericvariant) // expect: 10.375
// numérique rangé dans : foreach
arr_numericforeach est un tableau de numérique
TableauAjoute(arr_numericforeach, 10.25)
POUR TOUT e_numericforeach DE arr_numericforeach
	Trace(e_numericforeach + 1) // expect: 11.25
	Trace(e_numericforeach / 3) // expect: 3.416667
	Trace(e_numericforeach * 3) // expect: 30.75
	Trace(e_numericforeach > 10) // expect: 1
	Trace(e_numericforeach = 10.25) // expect: 1
	Trace(NumériqueVersChaîne(e_numericforeach, "10.3f")) // expect:     10.250
	Trace(TypeVar(e_numericforeach)) // expect: 13
	Trace(e_numericforeach) // expect: 10.25
	e_numericforeach += 0.25
	Trace(e_numericforeach) // expect: 10.5
	e_numericforeach -= 0.125
	Trace(e_numericforeach) // expect: 10.375
	e_numericforeach = "12,50"
	Trace(e_numericforeach) // expect: 12.5
FIN
// numérique rangé dans : foreach_struct
ST_numericforeachstruct est une Structure
	m est un numérique
FIN
arr_numericforeachstruct est un tableau de ST_numericforeachstruct
st_numericforeachstruct est un ST_numericforeachstruct
st_numericforeachstruct.m = 10.25
TableauAjoute(arr_numericforeachstruct, st_numericforeachstruct)
POUR TOUT e_numericforeachstruct DE arr_numericforeachstruct
	Trace(e_numericforeachstruct.m + 1) // expect: 11.25
	Trace(e_numericforeachstruct.m / 3) // expect: 3.416667
	Trace(e_numericforeachstruct.m * 3) // expect: 30.75
	Trace(e_numericforeachstruct.m > 10) // expect: 1
	Trace(e_numericforeachstruct.m = 10.25) // expect: 1
	Trace(NumériqueVersChaîne(e_numericforeachstruct.m, "10.3f")) // expect:     10.250
	Trace(TypeVar(e_numericforeachstruct.m)) // expect: 13
	Trace(e_numericforeachstruct.m) // expect: 10.25
	e_numericforeachstruct.m += 0.25
	Trace(e_numericforeachstruct.m) // expect: 10.5
	e_numericforeachstruct.m -= 0.125
	Trace(e_numericforeachstruct.m) // expect: 10.375
	e_numericforeachstruct.m = "12,50"
	Trace(e_numericforeachstruct.m) // expect: 12.5
FIN
// numérique rangé dans : return
Trace(F_numericreturn() + 1) // expect: 11.25
Trace(F_numericreturn() / 3) // expect: 3.416667
Trace(F_numericreturn() * 3) // expect: 30.75
Trace(F_numericreturn() > 10) // expect: 1
Trace(F_numericreturn() = 10.25) // expect: 1
Trace(NumériqueVersChaîne(F_numericreturn(), "10.3f")) // expect:     10.250
Trace(TypeVar(F_numericreturn())) // expect: 13
Trace(F_numericreturn()) // expect: 10.25
// numérique rangé dans : return_untyped
Trace(F_numericreturnuntyped() + 1) // expect: 11.25
Trace(F_numericreturnuntyped() / 3) // expect: 3.416667
Trace(F_numericreturnuntyped() * 3) // expect: 30.75
Trace(F_numericreturnuntyped() > 10) // expect: 1
Trace(F_numericreturnuntyped() = 10.25) // expect: 1
Trace(NumériqueVersChaîne(F_numericreturnuntyped(), "10.3f")) // expect:     10.250
Trace(TypeVar(F_numericreturnuntyped())) // expect: 13
Trace(F_numericreturnuntyped()) // expect: 10.25
// numérique rangé dans : reference
x0_numericreference est un numérique = 10.25
r_numericreference est un Variant
r_numericreference <- x0_numericreference
Trace(r_numericreference + 1) // expect: 11.25
Trace(r_numericreference / 3) // expect: 3.416667
Trace(r_numericreference * 3) // expect: 30.75
Trace(r_numericreference > 10) // expect: 1
Trace(r_numericreference = 10.25) // expect: 1
Trace(NumériqueVersChaîne(r_numericreference, "10.3f")) // expect:     10.250
Trace(TypeVar(r_numericreference)) // expect: 13
Trace(r_numericreference) // expect: 10.25
r_numericreference += 0.25
Trace(r_numericreference) // expect: 10.5
r_numericreference -= 0.125
Trace(r_numericreference) // expect: 10.375
// numérique rangé dans : method_return
C_numericmethodreturn est une Classe
FIN
o_numericmethodreturn est un C_numericmethodreturn
Trace(o_numericmethodreturn.F_numericmethodreturn() + 1) // expect: 11.25
Trace(o_numericmethodreturn.F_numericmethodreturn() / 3) // expect: 3.416667
Trace(o_numericmethodreturn.F_numericmethodreturn() * 3) // expect: 30.75
Trace(o_numericmethodreturn.F_numericmethodreturn() > 10) // expect: 1
Trace(o_numericmethodreturn.F_numericmethodreturn() = 10.25) // expect: 1
Trace(NumériqueVersChaîne(o_numericmethodreturn.F_numericmethodreturn(), "10.3f")) // expect:     10.250
Trace(TypeVar(o_numericmethodreturn.F_numericmethodreturn())) // expect: 13
Trace(o_numericmethodreturn.F_numericmethodreturn()) // expect: 10.25
// int8 rangé dans : local
x_int8local est un entier sur 8 octets = 5000000000
Trace(x_int8local + 1) // expect: 5000000001
Trace(x_int8local / 3) // expect: 1666666666.66667
Trace(x_int8local * 3) // expect: 15000000000
Trace(x_int8local > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(x_int8local, "d")) // expect: 5000000000
Trace(x_int8local) // expect: 5000000000
x_int8local += 1
Trace(x_int8local) // expect: 5000000001
x_int8local -= 3
Trace(x_int8local) // expect: 4999999998
x_int8local = "12,50"
Trace(x_int8local) // expect: 12
// int8 rangé dans : struct
ST_int8struct est une Structure
	m est un entier sur 8 octets
FIN
st_int8struct est un ST_int8struct
st_int8struct.m = 5000000000
Trace(st_int8struct.m + 1) // expect: 5000000001
Trace(st_int8struct.m / 3) // expect: 1666666666.66667
Trace(st_int8struct.m * 3) // expect: 15000000000
Trace(st_int8struct.m > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(st_int8struct.m, "d")) // expect: 5000000000
Trace(st_int8struct.m) // expect: 5000000000
st_int8struct.m += 1
Trace(st_int8struct.m) // expect: 5000000001
st_int8struct.m -= 3
Trace(st_int8struct.m) // expect: 4999999998
st_int8struct.m = "12,50"
Trace(st_int8struct.m) // expect: 12
// int8 rangé dans : array
arr_int8array est un tableau de 2 entier sur 8 octets
arr_int8array[1] = 5000000000
Trace(arr_int8array[1] + 1) // expect: 5000000001
Trace(arr_int8array[1] / 3) // expect: 1666666666.66667
Trace(arr_int8array[1] * 3) // expect: 15000000000
Trace(arr_int8array[1] > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(arr_int8array[1], "d")) // expect: 5000000000
Trace(arr_int8array[1]) // expect: 5000000000
arr_int8array[1] += 1
Trace(arr_int8array[1]) // expect: 5000000001
arr_int8array[1] -= 3
Trace(arr_int8array[1]) // expect: 4999999998
arr_int8array[1] = "12,50"
Trace(arr_int8array[1]) // expect: 12
// int8 rangé dans : dynarray
arr_int8dynarray est un tableau de entier sur 8 octets
TableauAjoute(arr_int8dynarray, 5000000000)
Trace(arr_int8dynarray[1] + 1) // expect: 5000000001
Trace(arr_int8dynarray[1] / 3) // expect: 1666666666.66667
Trace(arr_int8dynarray[1] * 3) // expect: 15000000000
Trace(arr_int8dynarray[1] > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(arr_int8dynarray[1], "d")) // expect: 5000000000
Trace(arr_int8dynarray[1]) // expect: 5000000000
arr_int8dynarray[1] += 1
Trace(arr_int8dynarray[1]) // expect: 5000000001
arr_int8dynarray[1] -= 3
Trace(arr_int8dynarray[1]) // expect: 4999999998
arr_int8dynarray[1] = "12,50"
Trace(arr_int8dynarray[1]) // expect: 12
// int8 rangé dans : assoc
aa_int8assoc est un tableau associatif de entier sur 8 octets
aa_int8assoc["k"] = 5000000000
Trace(aa_int8assoc["k"] + 1) // expect: 5000000001
Trace(aa_int8assoc["k"] / 3) // expect: 1666666666.66667
Trace(aa_int8assoc["k"] * 3) // expect: 15000000000
Trace(aa_int8assoc["k"] > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(aa_int8assoc["k"], "d")) // expect: 5000000000
Trace(aa_int8assoc["k"]) // expect: 5000000000
aa_int8assoc["k"] += 1
Trace(aa_int8assoc["k"]) // expect: 5000000001
aa_int8assoc["k"] -= 3
Trace(aa_int8assoc["k"]) // expect: 4999999998
aa_int8assoc["k"] = "12,50"
Trace(aa_int8assoc["k"]) // expect: 12
// int8 rangé dans : assoc_struct
ST_int8assocstruct est une Structure
	m est un entier sur 8 octets
FIN
aa_int8assocstruct est un tableau associatif de ST_int8assocstruct
aa_int8assocstruct["k"].m = 5000000000
Trace(aa_int8assocstruct["k"].m + 1) // expect: 5000000001
Trace(aa_int8assocstruct["k"].m / 3) // expect: 1666666666.66667
Trace(aa_int8assocstruct["k"].m * 3) // expect: 15000000000
Trace(aa_int8assocstruct["k"].m > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(aa_int8assocstruct["k"].m, "d")) // expect: 5000000000
Trace(aa_int8assocstruct["k"].m) // expect: 5000000000
aa_int8assocstruct["k"].m += 1
Trace(aa_int8assocstruct["k"].m) // expect: 5000000001
aa_int8assocstruct["k"].m -= 3
Trace(aa_int8assocstruct["k"].m) // expect: 4999999998
aa_int8assocstruct["k"].m = "12,50"
Trace(aa_int8assocstruct["k"].m) // expect: 12
// int8 rangé dans : class_dot
C_int8classdot est une Classe
	m est un entier sur 8 octets
FIN
o_int8classdot est un C_int8classdot
o_int8classdot.m = 5000000000
Trace(o_int8classdot.m + 1) // expect: 5000000001
Trace(o_int8classdot.m / 3) // expect: 1666666666.66667
Trace(o_int8classdot.m * 3) // expect: 15000000000
Trace(o_int8classdot.m > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(o_int8classdot.m, "d")) // expect: 5000000000
Trace(o_int8classdot.m) // expect: 5000000000
o_int8classdot.m += 1
Trace(o_int8classdot.m) // expect: 5000000001
o_int8classdot.m -= 3
Trace(o_int8classdot.m) // expect: 4999999998
o_int8classdot.m = "12,50"
Trace(o_int8classdot.m) // expect: 12
// int8 rangé dans : class_loop
C_int8classloop est une Classe
	m est un entier sur 8 octets
FIN
o_int8classloop est un C_int8classloop
o_int8classloop.m = 5000000000
POUR i_int8classloop = 1 _À_ 1
	Trace(o_int8classloop.m + 1) // expect: 5000000001
	Trace(o_int8classloop.m / 3) // expect: 1666666666.66667
	Trace(o_int8classloop.m * 3) // expect: 15000000000
	Trace(o_int8classloop.m > 4000000000) // expect: 1
	Trace(NumériqueVersChaîne(o_int8classloop.m, "d")) // expect: 5000000000
	Trace(o_int8classloop.m) // expect: 5000000000
	o_int8classloop.m += 1
	Trace(o_int8classloop.m) // expect: 5000000001
	o_int8classloop.m -= 3
	Trace(o_int8classloop.m) // expect: 4999999998
	o_int8classloop.m = "12,50"
	Trace(o_int8classloop.m) // expect: 12
FIN
// int8 rangé dans : global_member
C_int8globalmember est une Classe
	GLOBAL g est un entier sur 8 octets
FIN
C_int8globalmember::g = 5000000000
Trace(C_int8globalmember::g + 1) // expect: 5000000001
Trace(C_int8globalmember::g / 3) // expect: 1666666666.66667
Trace(C_int8globalmember::g * 3) // expect: 15000000000
Trace(C_int8globalmember::g > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(C_int8globalmember::g, "d")) // expect: 5000000000
Trace(C_int8globalmember::g) // expect: 5000000000
C_int8globalmember::g += 1
Trace(C_int8globalmember::g) // expect: 5000000001
C_int8globalmember::g -= 3
Trace(C_int8globalmember::g) // expect: 4999999998
C_int8globalmember::g = "12,50"
Trace(C_int8globalmember::g) // expect: 12
// int8 rangé dans : global_dot
C_int8globaldot est une Classe
	GLOBAL g est un entier sur 8 octets
FIN
C_int8globaldot.g = 5000000000
Trace(C_int8globaldot.g + 1) // expect: 5000000001
Trace(C_int8globaldot.g / 3) // expect: 1666666666.66667
Trace(C_int8globaldot.g * 3) // expect: 15000000000
Trace(C_int8globaldot.g > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(C_int8globaldot.g, "d")) // expect: 5000000000
Trace(C_int8globaldot.g) // expect: 5000000000
C_int8globaldot.g += 1
Trace(C_int8globaldot.g) // expect: 5000000001
C_int8globaldot.g -= 3
Trace(C_int8globaldot.g) // expect: 4999999998
C_int8globaldot.g = "12,50"
Trace(C_int8globaldot.g) // expect: 12
// int8 rangé dans : global_obj
C_int8globalobj est une Classe
	GLOBAL g est un entier sur 8 octets
FIN
o_int8globalobj est un C_int8globalobj
o_int8globalobj.g = 5000000000
Trace(o_int8globalobj.g + 1) // expect: 5000000001
Trace(o_int8globalobj.g / 3) // expect: 1666666666.66667
Trace(o_int8globalobj.g * 3) // expect: 15000000000
Trace(o_int8globalobj.g > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(o_int8globalobj.g, "d")) // expect: 5000000000
Trace(o_int8globalobj.g) // expect: 5000000000
o_int8globalobj.g += 1
Trace(o_int8globalobj.g) // expect: 5000000001
o_int8globalobj.g -= 3
Trace(o_int8globalobj.g) // expect: 4999999998
o_int8globalobj.g = "12,50"
Trace(o_int8globalobj.g) // expect: 12
// int8 rangé dans : struct_array
ST_int8structarray est une Structure
	a est un tableau de entier sur 8 octets
FIN
st_int8structarray est un ST_int8structarray
TableauAjoute(st_int8structarray.a, 5000000000)
Trace(st_int8structarray.a[1] + 1) // expect: 5000000001
Trace(st_int8structarray.a[1] / 3) // expect: 1666666666.66667
Trace(st_int8structarray.a[1] * 3) // expect: 15000000000
Trace(st_int8structarray.a[1] > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(st_int8structarray.a[1], "d")) // expect: 5000000000
Trace(st_int8structarray.a[1]) // expect: 5000000000
st_int8structarray.a[1] += 1
Trace(st_int8structarray.a[1]) // expect: 5000000001
st_int8structarray.a[1] -= 3
Trace(st_int8structarray.a[1]) // expect: 4999999998
st_int8structarray.a[1] = "12,50"
Trace(st_int8structarray.a[1]) // expect: 12
// int8 rangé dans : array_of_struct
ST_int8arrayofstruct est une Structure
	m est un entier sur 8 octets
FIN
arr_int8arrayofstruct est un tableau de ST_int8arrayofstruct
st_int8arrayofstruct est un ST_int8arrayofstruct
st_int8arrayofstruct.m = 5000000000
TableauAjoute(arr_int8arrayofstruct, st_int8arrayofstruct)
Trace(arr_int8arrayofstruct[1].m + 1) // expect: 5000000001
Trace(arr_int8arrayofstruct[1].m / 3) // expect: 1666666666.66667
Trace(arr_int8arrayofstruct[1].m * 3) // expect: 15000000000
Trace(arr_int8arrayofstruct[1].m > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(arr_int8arrayofstruct[1].m, "d")) // expect: 5000000000
Trace(arr_int8arrayofstruct[1].m) // expect: 5000000000
arr_int8arrayofstruct[1].m += 1
Trace(arr_int8arrayofstruct[1].m) // expect: 5000000001
arr_int8arrayofstruct[1].m -= 3
Trace(arr_int8arrayofstruct[1].m) // expect: 4999999998
arr_int8arrayofstruct[1].m = "12,50"
Trace(arr_int8arrayofstruct[1].m) // expect: 12
// int8 rangé dans : struct_in_class
ST_int8structinclass est une Structure
	m est un entier sur 8 octets
FIN
C_int8structinclass est une Classe
	s est un ST_int8structinclass
FIN
o_int8structinclass est un C_int8structinclass
o_int8structinclass.s.m = 5000000000
Trace(o_int8structinclass.s.m + 1) // expect: 5000000001
Trace(o_int8structinclass.s.m / 3) // expect: 1666666666.66667
Trace(o_int8structinclass.s.m * 3) // expect: 15000000000
Trace(o_int8structinclass.s.m > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(o_int8structinclass.s.m, "d")) // expect: 5000000000
Trace(o_int8structinclass.s.m) // expect: 5000000000
o_int8structinclass.s.m += 1
Trace(o_int8structinclass.s.m) // expect: 5000000001
o_int8structinclass.s.m -= 3
Trace(o_int8structinclass.s.m) // expect: 4999999998
o_int8structinclass.s.m = "12,50"
Trace(o_int8structinclass.s.m) // expect: 12
// int8 rangé dans : variant
x0_int8variant est un entier sur 8 octets = 5000000000
v_int8variant est un Variant = x0_int8variant
Trace(v_int8variant + 1) // expect: 5000000001
Trace(v_int8variant / 3) // expect: 1666666666.66667
Trace(v_int8variant * 3) // expect: 15000000000
Trace(v_int8variant > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(v_int8variant, "d")) // expect: 5000000000
Trace(v_int8variant) // expect: 5000000000
v_int8variant += 1
Trace(v_int8variant) // expect: 5000000001
v_int8variant -= 3
Trace(v_int8variant) // expect: 4999999998
// int8 rangé dans : foreach
arr_int8foreach est un tableau de entier sur 8 octets
TableauAjoute(arr_int8foreach, 5000000000)
POUR TOUT e_int8foreach DE arr_int8foreach
	Trace(e_int8foreach + 1) // expect: 5000000001
	Trace(e_int8foreach / 3) // expect: 1666666666.66667
	Trace(e_int8foreach * 3) // expect: 15000000000
	Trace(e_int8foreach > 4000000000) // expect: 1
	Trace(NumériqueVersChaîne(e_int8foreach, "d")) // expect: 5000000000
	Trace(e_int8foreach) // expect: 5000000000
	e_int8foreach += 1
	Trace(e_int8foreach) // expect: 5000000001
	e_int8foreach -= 3
	Trace(e_int8foreach) // expect: 4999999998
	e_int8foreach = "12,50"
	Trace(e_int8foreach) // expect: 12
FIN
// int8 rangé dans : foreach_struct
ST_int8foreachstruct est une Structure
	m est un entier sur 8 octets
FIN
arr_int8foreachstruct est un tableau de ST_int8foreachstruct
st_int8foreachstruct est un ST_int8foreachstruct
st_int8foreachstruct.m = 5000000000
TableauAjoute(arr_int8foreachstruct, st_int8foreachstruct)
POUR TOUT e_int8foreachstruct DE arr_int8foreachstruct
	Trace(e_int8foreachstruct.m + 1) // expect: 5000000001
	Trace(e_int8foreachstruct.m / 3) // expect: 1666666666.66667
	Trace(e_int8foreachstruct.m * 3) // expect: 15000000000
	Trace(e_int8foreachstruct.m > 4000000000) // expect: 1
	Trace(NumériqueVersChaîne(e_int8foreachstruct.m, "d")) // expect: 5000000000
	Trace(e_int8foreachstruct.m) // expect: 5000000000
	e_int8foreachstruct.m += 1
	Trace(e_int8foreachstruct.m) // expect: 5000000001
	e_int8foreachstruct.m -= 3
	Trace(e_int8foreachstruct.m) // expect: 4999999998
	e_int8foreachstruct.m = "12,50"
	Trace(e_int8foreachstruct.m) // expect: 12
FIN
// int8 rangé dans : return
Trace(F_int8return() + 1) // expect: 5000000001
Trace(F_int8return() / 3) // expect: 1666666666.66667
Trace(F_int8return() * 3) // expect: 15000000000
Trace(F_int8return() > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(F_int8return(), "d")) // expect: 5000000000
Trace(F_int8return()) // expect: 5000000000
// int8 rangé dans : return_untyped
Trace(F_int8returnuntyped() + 1) // expect: 5000000001
Trace(F_int8returnuntyped() / 3) // expect: 1666666666.66667
Trace(F_int8returnuntyped() * 3) // expect: 15000000000
Trace(F_int8returnuntyped() > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(F_int8returnuntyped(), "d")) // expect: 5000000000
Trace(F_int8returnuntyped()) // expect: 5000000000
// int8 rangé dans : reference
x0_int8reference est un entier sur 8 octets = 5000000000
r_int8reference est un Variant
r_int8reference <- x0_int8reference
Trace(r_int8reference + 1) // expect: 5000000001
Trace(r_int8reference / 3) // expect: 1666666666.66667
Trace(r_int8reference * 3) // expect: 15000000000
Trace(r_int8reference > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(r_int8reference, "d")) // expect: 5000000000
Trace(r_int8reference) // expect: 5000000000
r_int8reference += 1
Trace(r_int8reference) // expect: 5000000001
r_int8reference -= 3
Trace(r_int8reference) // expect: 4999999998
// int8 rangé dans : method_return
C_int8methodreturn est une Classe
FIN
o_int8methodreturn est un C_int8methodreturn
Trace(o_int8methodreturn.F_int8methodreturn() + 1) // expect: 5000000001
Trace(o_int8methodreturn.F_int8methodreturn() / 3) // expect: 1666666666.66667
Trace(o_int8methodreturn.F_int8methodreturn() * 3) // expect: 15000000000
Trace(o_int8methodreturn.F_int8methodreturn() > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(o_int8methodreturn.F_int8methodreturn(), "d")) // expect: 5000000000
Trace(o_int8methodreturn.F_int8methodreturn()) // expect: 5000000000
// monétaire rangé dans : class_colon
C_currencyclasscolon est une Classe
	m est un monétaire
FIN
o_currencyclasscolon est un C_currencyclasscolon
o_currencyclasscolon.m = 10.25
o_currencyclasscolon.Lance()
// monétaire rangé dans : class_bare
C_currencyclassbare est une Classe
	m est un monétaire
FIN
o_currencyclassbare est un C_currencyclassbare
o_currencyclassbare.m = 10.25
o_currencyclassbare.Lance()
// monétaire rangé dans : global_in_method
C_currencyglobalinmethod est une Classe
	GLOBAL g est un monétaire
FIN
o_currencyglobalinmethod est un C_currencyglobalinmethod
C_currencyglobalinmethod::g = 10.25
o_currencyglobalinmethod.Lance()
// monétaire rangé dans : global_colon
C_currencyglobalcolon est une Classe
	GLOBAL g est un monétaire
FIN
o_currencyglobalcolon est un C_currencyglobalcolon
C_currencyglobalcolon::g = 10.25
o_currencyglobalcolon.Lance()
// monétaire rangé dans : param
x0_currencyparam est un monétaire = 10.25
P_currencyparam(x0_currencyparam)
// monétaire rangé dans : param_local
x0_currencyparamlocal est un monétaire = 10.25
P_currencyparamlocal(x0_currencyparamlocal)
// monétaire rangé dans : param_untyped
x0_currencyparamuntyped est un monétaire = 10.25
P_currencyparamuntyped(x0_currencyparamuntyped)
// monétaire rangé dans : proc_local_struct
P_currencyproclocalstruct()
// numérique rangé dans : class_colon
C_numericclasscolon est une Classe
	m est un numérique
FIN
o_numericclasscolon est un C_numericclasscolon
o_numericclasscolon.m = 10.25
o_numericclasscolon.Lance()
// numérique rangé dans : class_bare
C_numericclassbare est une Classe
	m est un numérique
FIN
o_numericclassbare est un C_numericclassbare
o_numericclassbare.m = 10.25
o_numericclassbare.Lance()
// numérique rangé dans : global_in_method
C_numericglobalinmethod est une Classe
	GLOBAL g est un numérique
FIN
o_numericglobalinmethod est un C_numericglobalinmethod
C_numericglobalinmethod::g = 10.25
o_numericglobalinmethod.Lance()
// numérique rangé dans : global_colon
C_numericglobalcolon est une Classe
	GLOBAL g est un numérique
FIN
o_numericglobalcolon est un C_numericglobalcolon
C_numericglobalcolon::g = 10.25
o_numericglobalcolon.Lance()
// numérique rangé dans : param
x0_numericparam est un numérique = 10.25
P_numericparam(x0_numericparam)
// numérique rangé dans : param_local
x0_numericparamlocal est un numérique = 10.25
P_numericparamlocal(x0_numericparamlocal)
// numérique rangé dans : param_untyped
x0_numericparamuntyped est un numérique = 10.25
P_numericparamuntyped(x0_numericparamuntyped)
// numérique rangé dans : proc_local_struct
P_numericproclocalstruct()
// int8 rangé dans : class_colon
C_int8classcolon est une Classe
	m est un entier sur 8 octets
FIN
o_int8classcolon est un C_int8classcolon
o_int8classcolon.m = 5000000000
o_int8classcolon.Lance()
// int8 rangé dans : class_bare
C_int8classbare est une Classe
	m est un entier sur 8 octets
FIN
o_int8classbare est un C_int8classbare
o_int8classbare.m = 5000000000
o_int8classbare.Lance()
// int8 rangé dans : global_in_method
C_int8globalinmethod est une Classe
	GLOBAL g est un entier sur 8 octets
FIN
o_int8globalinmethod est un C_int8globalinmethod
C_int8globalinmethod::g = 5000000000
o_int8globalinmethod.Lance()
// int8 rangé dans : global_colon
C_int8globalcolon est une Classe
	GLOBAL g est un entier sur 8 octets
FIN
o_int8globalcolon est un C_int8globalcolon
C_int8globalcolon::g = 5000000000
o_int8globalcolon.Lance()
// int8 rangé dans : param
x0_int8param est un entier sur 8 octets = 5000000000
P_int8param(x0_int8param)
// int8 rangé dans : param_local
x0_int8paramlocal est un entier sur 8 octets = 5000000000
P_int8paramlocal(x0_int8paramlocal)
// int8 rangé dans : param_untyped
x0_int8paramuntyped est un entier sur 8 octets = 5000000000
P_int8paramuntyped(x0_int8paramuntyped)
// int8 rangé dans : proc_local_struct
P_int8proclocalstruct()

PROCEDURE F_currencyreturn() : monétaire
x0_currencyreturn est un monétaire = 10.25
RENVOYER x0_currencyreturn

PROCEDURE F_currencyreturnuntyped()
x0_currencyreturnuntyped est un monétaire = 10.25
RENVOYER x0_currencyreturnuntyped

PROCEDURE C_currencymethodreturn::F_currencymethodreturn() : monétaire
x0_currencymethodreturn est un monétaire = 10.25
RENVOYER x0_currencymethodreturn

PROCEDURE C_currencyclasscolon::Lance()
Trace(:m + 1) // expect: 11.25
Trace(:m / 3) // expect: 3.416667
Trace(:m * 3) // expect: 30.75
Trace(:m > 10) // expect: 1
Trace(:m = 10.25) // expect: 1
Trace(NumériqueVersChaîne(:m, "10.2f")) // expect:      10.25
Trace(TypeVar(:m)) // expect: 10
Trace(:m) // expect: 10.25
:m += 0.25
Trace(:m) // expect: 10.5
:m -= 0.75
Trace(:m) // expect: 9.75
:m = "12,50"
Trace(:m) // expect: 12.5

PROCEDURE C_currencyclassbare::Lance()
Trace(m + 1) // expect: 11.25
Trace(m / 3) // expect: 3.416667
Trace(m * 3) // expect: 30.75
Trace(m > 10) // expect: 1
Trace(m = 10.25) // expect: 1
Trace(NumériqueVersChaîne(m, "10.2f")) // expect:      10.25
Trace(TypeVar(m)) // expect: 10
Trace(m) // expect: 10.25
m += 0.25
Trace(m) // expect: 10.5
m -= 0.75
Trace(m) // expect: 9.75
m = "12,50"
Trace(m) // expect: 12.5

PROCEDURE C_currencyglobalinmethod::Lance()
Trace(g + 1) // expect: 11.25
Trace(g / 3) // expect: 3.416667
Trace(g * 3) // expect: 30.75
Trace(g > 10) // expect: 1
Trace(g = 10.25) // expect: 1
Trace(NumériqueVersChaîne(g, "10.2f")) // expect:      10.25
Trace(TypeVar(g)) // expect: 10
Trace(g) // expect: 10.25
g += 0.25
Trace(g) // expect: 10.5
g -= 0.75
Trace(g) // expect: 9.75
g = "12,50"
Trace(g) // expect: 12.5

PROCEDURE C_currencyglobalcolon::Lance()
Trace(::g + 1) // expect: 11.25
Trace(::g / 3) // expect: 3.416667
Trace(::g * 3) // expect: 30.75
Trace(::g > 10) // expect: 1
Trace(::g = 10.25) // expect: 1
Trace(NumériqueVersChaîne(::g, "10.2f")) // expect:      10.25
Trace(TypeVar(::g)) // expect: 10
Trace(::g) // expect: 10.25
::g += 0.25
Trace(::g) // expect: 10.5
::g -= 0.75
Trace(::g) // expect: 9.75
::g = "12,50"
Trace(::g) // expect: 12.5

PROCEDURE P_currencyparam(p est un monétaire)
Trace(p + 1) // expect: 11.25
Trace(p / 3) // expect: 3.416667
Trace(p * 3) // expect: 30.75
Trace(p > 10) // expect: 1
Trace(p = 10.25) // expect: 1
Trace(NumériqueVersChaîne(p, "10.2f")) // expect:      10.25
Trace(TypeVar(p)) // expect: 10
Trace(p) // expect: 10.25
p += 0.25
Trace(p) // expect: 10.5
p -= 0.75
Trace(p) // expect: 9.75
p = "12,50"
Trace(p) // expect: 12.5

PROCEDURE P_currencyparamlocal(LOCAL p est un monétaire)
Trace(p + 1) // expect: 11.25
Trace(p / 3) // expect: 3.416667
Trace(p * 3) // expect: 30.75
Trace(p > 10) // expect: 1
Trace(p = 10.25) // expect: 1
Trace(NumériqueVersChaîne(p, "10.2f")) // expect:      10.25
Trace(TypeVar(p)) // expect: 10
Trace(p) // expect: 10.25
p += 0.25
Trace(p) // expect: 10.5
p -= 0.75
Trace(p) // expect: 9.75
p = "12,50"
Trace(p) // expect: 12.5

PROCEDURE P_currencyparamuntyped(p)
Trace(p + 1) // expect: 11.25
Trace(p / 3) // expect: 3.416667
Trace(p * 3) // expect: 30.75
Trace(p > 10) // expect: 1
Trace(p = 10.25) // expect: 1
Trace(NumériqueVersChaîne(p, "10.2f")) // expect:      10.25
Trace(TypeVar(p)) // expect: 10
Trace(p) // expect: 10.25
p += 0.25
Trace(p) // expect: 10.5
p -= 0.75
Trace(p) // expect: 9.75

PROCEDURE P_currencyproclocalstruct()
ST_currencyproclocalstruct est une Structure
	m est un monétaire
FIN
st_currencyproclocalstruct est un ST_currencyproclocalstruct
st_currencyproclocalstruct.m = 10.25
Trace(st_currencyproclocalstruct.m + 1) // expect: 11.25
Trace(st_currencyproclocalstruct.m / 3) // expect: 3.416667
Trace(st_currencyproclocalstruct.m * 3) // expect: 30.75
Trace(st_currencyproclocalstruct.m > 10) // expect: 1
Trace(st_currencyproclocalstruct.m = 10.25) // expect: 1
Trace(NumériqueVersChaîne(st_currencyproclocalstruct.m, "10.2f")) // expect:      10.25
Trace(TypeVar(st_currencyproclocalstruct.m)) // expect: 10
Trace(st_currencyproclocalstruct.m) // expect: 10.25
st_currencyproclocalstruct.m += 0.25
Trace(st_currencyproclocalstruct.m) // expect: 10.5
st_currencyproclocalstruct.m -= 0.75
Trace(st_currencyproclocalstruct.m) // expect: 9.75
st_currencyproclocalstruct.m = "12,50"
Trace(st_currencyproclocalstruct.m) // expect: 12.5

PROCEDURE F_numericreturn() : numérique
x0_numericreturn est un numérique = 10.25
RENVOYER x0_numericreturn

PROCEDURE F_numericreturnuntyped()
x0_numericreturnuntyped est un numérique = 10.25
RENVOYER x0_numericreturnuntyped

PROCEDURE C_numericmethodreturn::F_numericmethodreturn() : numérique
x0_numericmethodreturn est un numérique = 10.25
RENVOYER x0_numericmethodreturn

PROCEDURE C_numericclasscolon::Lance()
Trace(:m + 1) // expect: 11.25
Trace(:m / 3) // expect: 3.416667
Trace(:m * 3) // expect: 30.75
Trace(:m > 10) // expect: 1
Trace(:m = 10.25) // expect: 1
Trace(NumériqueVersChaîne(:m, "10.3f")) // expect:     10.250
Trace(TypeVar(:m)) // expect: 13
Trace(:m) // expect: 10.25
:m += 0.25
Trace(:m) // expect: 10.5
:m -= 0.125
Trace(:m) // expect: 10.375
:m = "12,50"
Trace(:m) // expect: 12.5

PROCEDURE C_numericclassbare::Lance()
Trace(m + 1) // expect: 11.25
Trace(m / 3) // expect: 3.416667
Trace(m * 3) // expect: 30.75
Trace(m > 10) // expect: 1
Trace(m = 10.25) // expect: 1
Trace(NumériqueVersChaîne(m, "10.3f")) // expect:     10.250
Trace(TypeVar(m)) // expect: 13
Trace(m) // expect: 10.25
m += 0.25
Trace(m) // expect: 10.5
m -= 0.125
Trace(m) // expect: 10.375
m = "12,50"
Trace(m) // expect: 12.5

PROCEDURE C_numericglobalinmethod::Lance()
Trace(g + 1) // expect: 11.25
Trace(g / 3) // expect: 3.416667
Trace(g * 3) // expect: 30.75
Trace(g > 10) // expect: 1
Trace(g = 10.25) // expect: 1
Trace(NumériqueVersChaîne(g, "10.3f")) // expect:     10.250
Trace(TypeVar(g)) // expect: 13
Trace(g) // expect: 10.25
g += 0.25
Trace(g) // expect: 10.5
g -= 0.125
Trace(g) // expect: 10.375
g = "12,50"
Trace(g) // expect: 12.5

PROCEDURE C_numericglobalcolon::Lance()
Trace(::g + 1) // expect: 11.25
Trace(::g / 3) // expect: 3.416667
Trace(::g * 3) // expect: 30.75
Trace(::g > 10) // expect: 1
Trace(::g = 10.25) // expect: 1
Trace(NumériqueVersChaîne(::g, "10.3f")) // expect:     10.250
Trace(TypeVar(::g)) // expect: 13
Trace(::g) // expect: 10.25
::g += 0.25
Trace(::g) // expect: 10.5
::g -= 0.125
Trace(::g) // expect: 10.375
::g = "12,50"
Trace(::g) // expect: 12.5

PROCEDURE P_numericparam(p est un numérique)
Trace(p + 1) // expect: 11.25
Trace(p / 3) // expect: 3.416667
Trace(p * 3) // expect: 30.75
Trace(p > 10) // expect: 1
Trace(p = 10.25) // expect: 1
Trace(NumériqueVersChaîne(p, "10.3f")) // expect:     10.250
Trace(TypeVar(p)) // expect: 13
Trace(p) // expect: 10.25
p += 0.25
Trace(p) // expect: 10.5
p -= 0.125
Trace(p) // expect: 10.375
p = "12,50"
Trace(p) // expect: 12.5

PROCEDURE P_numericparamlocal(LOCAL p est un numérique)
Trace(p + 1) // expect: 11.25
Trace(p / 3) // expect: 3.416667
Trace(p * 3) // expect: 30.75
Trace(p > 10) // expect: 1
Trace(p = 10.25) // expect: 1
Trace(NumériqueVersChaîne(p, "10.3f")) // expect:     10.250
Trace(TypeVar(p)) // expect: 13
Trace(p) // expect: 10.25
p += 0.25
Trace(p) // expect: 10.5
p -= 0.125
Trace(p) // expect: 10.375
p = "12,50"
Trace(p) // expect: 12.5

PROCEDURE P_numericparamuntyped(p)
Trace(p + 1) // expect: 11.25
Trace(p / 3) // expect: 3.416667
Trace(p * 3) // expect: 30.75
Trace(p > 10) // expect: 1
Trace(p = 10.25) // expect: 1
Trace(NumériqueVersChaîne(p, "10.3f")) // expect:     10.250
Trace(TypeVar(p)) // expect: 13
Trace(p) // expect: 10.25
p += 0.25
Trace(p) // expect: 10.5
p -= 0.125
Trace(p) // expect: 10.375

PROCEDURE P_numericproclocalstruct()
ST_numericproclocalstruct est une Structure
	m est un numérique
FIN
st_numericproclocalstruct est un ST_numericproclocalstruct
st_numericproclocalstruct.m = 10.25
Trace(st_numericproclocalstruct.m + 1) // expect: 11.25
Trace(st_numericproclocalstruct.m / 3) // expect: 3.416667
Trace(st_numericproclocalstruct.m * 3) // expect: 30.75
Trace(st_numericproclocalstruct.m > 10) // expect: 1
Trace(st_numericproclocalstruct.m = 10.25) // expect: 1
Trace(NumériqueVersChaîne(st_numericproclocalstruct.m, "10.3f")) // expect:     10.250
Trace(TypeVar(st_numericproclocalstruct.m)) // expect: 13
Trace(st_numericproclocalstruct.m) // expect: 10.25
st_numericproclocalstruct.m += 0.25
Trace(st_numericproclocalstruct.m) // expect: 10.5
st_numericproclocalstruct.m -= 0.125
Trace(st_numericproclocalstruct.m) // expect: 10.375
st_numericproclocalstruct.m = "12,50"
Trace(st_numericproclocalstruct.m) // expect: 12.5

PROCEDURE F_int8return() : entier sur 8 octets
x0_int8return est un entier sur 8 octets = 5000000000
RENVOYER x0_int8return

PROCEDURE F_int8returnuntyped()
x0_int8returnuntyped est un entier sur 8 octets = 5000000000
RENVOYER x0_int8returnuntyped

PROCEDURE C_int8methodreturn::F_int8methodreturn() : entier sur 8 octets
x0_int8methodreturn est un entier sur 8 octets = 5000000000
RENVOYER x0_int8methodreturn

PROCEDURE C_int8classcolon::Lance()
Trace(:m + 1) // expect: 5000000001
Trace(:m / 3) // expect: 1666666666.66667
Trace(:m * 3) // expect: 15000000000
Trace(:m > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(:m, "d")) // expect: 5000000000
Trace(:m) // expect: 5000000000
:m += 1
Trace(:m) // expect: 5000000001
:m -= 3
Trace(:m) // expect: 4999999998
:m = "12,50"
Trace(:m) // expect: 12

PROCEDURE C_int8classbare::Lance()
Trace(m + 1) // expect: 5000000001
Trace(m / 3) // expect: 1666666666.66667
Trace(m * 3) // expect: 15000000000
Trace(m > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(m, "d")) // expect: 5000000000
Trace(m) // expect: 5000000000
m += 1
Trace(m) // expect: 5000000001
m -= 3
Trace(m) // expect: 4999999998
m = "12,50"
Trace(m) // expect: 12

PROCEDURE C_int8globalinmethod::Lance()
Trace(g + 1) // expect: 5000000001
Trace(g / 3) // expect: 1666666666.66667
Trace(g * 3) // expect: 15000000000
Trace(g > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(g, "d")) // expect: 5000000000
Trace(g) // expect: 5000000000
g += 1
Trace(g) // expect: 5000000001
g -= 3
Trace(g) // expect: 4999999998
g = "12,50"
Trace(g) // expect: 12

PROCEDURE C_int8globalcolon::Lance()
Trace(::g + 1) // expect: 5000000001
Trace(::g / 3) // expect: 1666666666.66667
Trace(::g * 3) // expect: 15000000000
Trace(::g > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(::g, "d")) // expect: 5000000000
Trace(::g) // expect: 5000000000
::g += 1
Trace(::g) // expect: 5000000001
::g -= 3
Trace(::g) // expect: 4999999998
::g = "12,50"
Trace(::g) // expect: 12

PROCEDURE P_int8param(p est un entier sur 8 octets)
Trace(p + 1) // expect: 5000000001
Trace(p / 3) // expect: 1666666666.66667
Trace(p * 3) // expect: 15000000000
Trace(p > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(p, "d")) // expect: 5000000000
Trace(p) // expect: 5000000000
p += 1
Trace(p) // expect: 5000000001
p -= 3
Trace(p) // expect: 4999999998
p = "12,50"
Trace(p) // expect: 12

PROCEDURE P_int8paramlocal(LOCAL p est un entier sur 8 octets)
Trace(p + 1) // expect: 5000000001
Trace(p / 3) // expect: 1666666666.66667
Trace(p * 3) // expect: 15000000000
Trace(p > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(p, "d")) // expect: 5000000000
Trace(p) // expect: 5000000000
p += 1
Trace(p) // expect: 5000000001
p -= 3
Trace(p) // expect: 4999999998
p = "12,50"
Trace(p) // expect: 12

PROCEDURE P_int8paramuntyped(p)
Trace(p + 1) // expect: 5000000001
Trace(p / 3) // expect: 1666666666.66667
Trace(p * 3) // expect: 15000000000
Trace(p > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(p, "d")) // expect: 5000000000
Trace(p) // expect: 5000000000
p += 1
Trace(p) // expect: 5000000001
p -= 3
Trace(p) // expect: 4999999998

PROCEDURE P_int8proclocalstruct()
ST_int8proclocalstruct est une Structure
	m est un entier sur 8 octets
FIN
st_int8proclocalstruct est un ST_int8proclocalstruct
st_int8proclocalstruct.m = 5000000000
Trace(st_int8proclocalstruct.m + 1) // expect: 5000000001
Trace(st_int8proclocalstruct.m / 3) // expect: 1666666666.66667
Trace(st_int8proclocalstruct.m * 3) // expect: 15000000000
Trace(st_int8proclocalstruct.m > 4000000000) // expect: 1
Trace(NumériqueVersChaîne(st_int8proclocalstruct.m, "d")) // expect: 5000000000
Trace(st_int8proclocalstruct.m) // expect: 5000000000
st_int8proclocalstruct.m += 1
Trace(st_int8proclocalstruct.m) // expect: 5000000001
st_int8proclocalstruct.m -= 3
Trace(st_int8proclocalstruct.m) // expect: 4999999998
st_int8proclocalstruct.m = "12,50"
Trace(st_int8proclocalstruct.m) // expect: 12
