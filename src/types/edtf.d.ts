// The edtf package ships no types; this covers the part Dossier uses.
declare module 'edtf' {
  interface Bitmask {
    value: number;
  }
  interface EdtfValue {
    type: 'Date' | 'Year' | 'Decade' | 'Century' | 'Season' | 'Interval' | 'List' | 'Set';
    /** 1 year, 2 month, 3 day (Date only). */
    precision?: number;
    approximate?: Bitmask;
    uncertain?: Bitmask;
    min: number;
    max: number;
    edtf: string;
    lower?: EdtfValue | null;
    upper?: EdtfValue | null;
  }
  function edtf(input: string): EdtfValue;
  export default edtf;
}
