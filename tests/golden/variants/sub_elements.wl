// A Variant's named and indexed sub-elements, created by the first write into them
// (docs/semantics.md "Variant sub-elements"); any case, with or without accents.
v is Variant
v.City = "Paris"
v.address.street = "1 rue de la Paix"
v.address.zip = 75002
v.phones[2] = "0102"
v.phones[1] = "0607"
v.visits += 2
v.visits++
Trace(v.city, v.ADDRESS.Street, v.address.zip + 1)   // expect: Paris, 1 rue de la Paix, 75003
Trace(v.phones[1], v.phones[2], v.phones..Occurrence)   // expect: 0607, 0102, 2
Trace(v.visits, v..Occurrence)   // expect: 3, 4
Trace(v.missing = Null)   // expect: 1
FOR EACH m OF v..Member
    Trace(m..Name)
END
// expect: City
// expect: address
// expect: phones
// expect: visits
Trace(VariantToJSON(v.address))   // expect: {"street":"1 rue de la Paix","zip":75002}
// Assigning a variant copies its sub-elements
w is Variant = v
w.city = "Lyon"
Trace(v.city, w.city)   // expect: Paris, Lyon
// Indexed sub-elements of the variant itself
list is Variant
list[1] = "a"
list[3] = "c"
Trace(list..Occurrence, list[3], list[2] = Null)   // expect: 3, c, 1
// A variant inside an array, a structure and a class
t is array of 2 Variants
t[2].name = "Ann"
Trace(t[2].name)   // expect: Ann
ST_Order is Structure
    id is int
    extra is Variant
END
o is ST_Order
o.extra.note = "urgent"
Trace(o.extra.note)   // expect: urgent
CBag is Class
    m_data is Variant
END
bag is CBag
bag.Put("k", 7)
Trace(bag.m_data.k, bag.m_data.last.key)   // expect: 7, k
// Serialized as JSON text
buf is Buffer
Serialize(v.address, buf, psdJSON)
Trace(buf)   // expect: {"street":"1 rue de la Paix","zip":75002}
x is Variant = JSONToVariant("{""a"": {""b"": 1}}")
x.a.c = 2
Trace(VariantToJSON(x))   // expect: {"a":{"b":1,"c":2}}
s is string = "text"
s.city = "x"   // expect error: has no property 'city'

PROCEDURE CBag::Put(key, value)
m_data[key] = value
m_data.last.key = key
