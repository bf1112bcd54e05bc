/** The parts of the `vcf` package the tests use: an independent vCard reader. */
declare module "vcf" {
  interface Property {
    valueOf(): string;
  }
  class VCard {
    version: string;
    get(name: string): Property | Property[] | undefined;
    static parse(text: string): VCard[];
  }
  export = VCard;
}
