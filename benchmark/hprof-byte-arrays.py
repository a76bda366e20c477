#!/usr/bin/env python3
# byte[] in a heap dump by length: which buffers an open tablet holds (docs/benchmarks.md).
# Usage: python3 benchmark/hprof-byte-arrays.py kring.hprof   (GC.heap_dump, HPROF 1.0.2)
import struct, sys, collections
f=open(sys.argv[1],'rb'); data=f.read()
i=data.index(b'\0')+1
idsize=struct.unpack('>I',data[i:i+4])[0]; i+=4+8
sizes=collections.Counter(); bytesum=collections.Counter()
def rid(b,o): return int.from_bytes(b[o:o+idsize],'big')
typesz={2:idsize,4:1,5:2,6:4,7:8,8:1,9:2,10:4,11:8}
n=len(data)
while i<n:
    tag=data[i]; ln=struct.unpack('>I',data[i+5:i+9])[0]; body=i+9; end=body+ln
    if tag in (0x0C,0x1C):
        j=body
        while j<end:
            st=data[j]; j+=1
            if st==0xFF: j+=idsize
            elif st in (0x01,): j+=2*idsize
            elif st in (0x02,0x03): j+=idsize+8
            elif st==0x04: j+=idsize+4
            elif st in (0x05,0x07): j+=idsize
            elif st==0x06: j+=idsize+4
            elif st==0x08: j+=idsize+8
            elif st==0x20:
                j+=idsize+4+idsize*6+4
                cp=struct.unpack('>H',data[j:j+2])[0]; j+=2
                for _ in range(cp):
                    j+=2; t=data[j]; j+=1+typesz[t]
                ns=struct.unpack('>H',data[j:j+2])[0]; j+=2
                for _ in range(ns):
                    j+=idsize; t=data[j]; j+=1+typesz[t]
                ni=struct.unpack('>H',data[j:j+2])[0]; j+=2
                j+=ni*(idsize+1)
            elif st==0x21:
                j+=idsize+4+idsize; l=struct.unpack('>I',data[j:j+4])[0]; j+=4+l
            elif st==0x22:
                j+=idsize+4; num=struct.unpack('>I',data[j:j+4])[0]; j+=4+idsize+num*idsize
            elif st==0x23:
                j+=idsize+4; num=struct.unpack('>I',data[j:j+4])[0]; t=data[j+4]; j+=5
                if t==8:
                    sizes[num]+=1; bytesum[num]+=num
                j+=num*typesz[t]
            else:
                print('unknown subtag',hex(st)); break
    i=end
tot=sum(bytesum.values())
print('byte[] total MB', tot/1e6)
for sz,b in bytesum.most_common(20):
    print(f"len {sz:8d} count {sizes[sz]:7d} MB {b/1e6:7.1f}")
