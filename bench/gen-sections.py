# Prints a synthetic argument map of N claims (argv[1]) in sections of 50, for the HTML page
# timings in docs/benchmarks.md: eight speakers, supports and rebuttals inside a section, 5% rebuttals across.
import json, random, sys
n=int(sys.argv[1]); random.seed(7)
secs=[{"id":"s%d"%i,"title":"Section %d"%i} for i in range(max(1,n//50))]
sp=[{"id":"p%d"%i,"name":"Speaker %d"%i,"role":"panellist"} for i in range(8)]
claims=[]; rels=[]
words="europe security nato defence coalition alliance budget treaty border army policy cooperation".split()
for i in range(n):
    claims.append({"id":"c%d"%i,"text":" ".join(random.choice(words) for _ in range(random.randint(6,20))).capitalize()+".","speaker":"p%d"%(i%8),"section":"s%d"%min(i//50,len(secs)-1),"tags":[random.choice(words)]})
    if i%50:
        j=i-1-random.randint(0,min(i%50-1,10))
        rels.append({"from":"c%d"%i,"to":"c%d"%j,"kind":"rebuttal" if random.random()<0.2 else "support"})
    if i>60 and random.random()<0.05:
        rels.append({"from":"c%d"%i,"to":"c%d"%random.randint(0,i-51),"kind":"rebuttal"})
json.dump({"argmap":1,"title":"Synthetic %d"%n,"speakers":sp,"sections":secs,"claims":claims,"relations":rels},sys.stdout)
