# Reference values for test/stats: exact enumeration (fractions / 60-digit Decimal), independent
# of the TypeScript code. Run: /usr/bin/python3 test/stats/reference_values.py
from fractions import Fraction as F
from decimal import Decimal as D, getcontext
from math import comb
getcontext().prec = 60
def upper_tail(x,n,p):  # P(X>=x), p Decimal
    return sum(D(comb(n,i))*p**i*(1-p)**(n-i) for i in range(x,n+1))
def cdf(x,n,p):
    return sum(D(comb(n,i))*p**i*(1-p)**(n-i) for i in range(0,x+1))
def bis(f,target,inc):
    lo,hi=D(0),D(1)
    for _ in range(70):
        mid=(lo+hi)/2
        v=f(mid)
        if (v<target)==inc: lo=mid
        else: hi=mid
    return (lo+hi)/2
a=D('0.025')
for x,n in [(0,1),(1,1),(0,60),(30,60),(60,60),(13,16),(5,10),(0,1000),(500,1000),(1000,1000)]:
    lo = D(0) if x==0 else bis(lambda p: upper_tail(x,n,p), a, True)
    hi = D(1) if x==n else bis(lambda p: cdf(x,n,p), a, False)
    print('CP',x,n,'%.12f'%lo,'%.12f'%hi)
z=D('1.959963984540054')
for x,n in [(0,1),(1,1),(0,60),(30,60),(60,60),(0,1000),(500,1000),(1000,1000),(81,263)]:
    p=D(x)/D(n); z2=z*z
    den=1+z2/n; c=(p+z2/(2*n))/den; h=z/den*((p*(1-p)/n+z2/(4*n*n)).sqrt())
    print('W',x,n,'%.12f'%(c-h),'%.12f'%(c+h))
for b,c in [(6,16),(5,1),(0,10),(10,10),(3,12),(50,80),(0,0)]:
    m=b+c
    p = F(1) if m==0 else min(F(1), 2*sum(F(comb(m,i),2**m) for i in range(0,min(b,c)+1)))
    print('MN',b,c,'%.15g'%float(p))
def pak(n,c,k):
    return 1 if n-c<k else 1-F(comb(n-c,k),comb(n,k))
for n,c,k in [(200,0,1),(200,200,1),(200,200,100),(10,3,1),(10,3,5),(10,8,5),(200,10,10),(200,1,1),(200,37,100),(20,5,10)]:
    print('PK',n,c,k,'%.17g'%float(pak(n,c,k)))
