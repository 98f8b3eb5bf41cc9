import type { OrganizationKind } from '../../record/types.js';

/** A body the text names, before it is reported; several entities may merge into one. */
export interface OrgEntity {
  name: string;
  acronym: string | null;
  kind: OrganizationKind;
  country: string | null;
  /** For a service: its owner's canonical name; reported only when the owner is not named. */
  owner: string | null;
  /** The word that ends the name's core ("Council"), so that "the Council" can refer to it. */
  head: string | null;
  /** The name goes on after its head ("Council for ..."); a bare "Public-Private Council" may abbreviate it. */
  tailed: boolean;
  rule: string;
}

/** Where the text names an entity: token range [from, to) of a block. */
export interface OrgMention {
  block: number;
  from: number;
  to: number;
  entity: OrgEntity;
  /** A form that counts only when the entity is also named another way ("X"). */
  weak: boolean;
  rule: string;
}

/** Entities by identity key, with merges ("Public-Private Council" defined as short for a longer name). */
export class OrgRegistry {
  private readonly byKey = new Map<string, OrgEntity>();
  private readonly mergedInto = new Map<OrgEntity, OrgEntity>();

  entity(key: string, create: () => OrgEntity): OrgEntity {
    let entity = this.byKey.get(key);
    if (!entity) {
      entity = create();
      this.byKey.set(key, entity);
    }
    return this.resolve(entity);
  }

  find(key: string): OrgEntity | undefined {
    const entity = this.byKey.get(key);
    return entity && this.resolve(entity);
  }

  merge(from: OrgEntity, into: OrgEntity): void {
    const target = this.resolve(into);
    if (this.resolve(from) !== target) this.mergedInto.set(this.resolve(from), target);
  }

  resolve(entity: OrgEntity): OrgEntity {
    let current = entity;
    for (let next = this.mergedInto.get(current); next; next = this.mergedInto.get(current)) current = next;
    return current;
  }
}

/** Per block, which tokens already belong to a mention. */
export class Coverage {
  private readonly taken: Uint8Array[];

  constructor(tokenCounts: readonly number[]) {
    this.taken = tokenCounts.map((count) => new Uint8Array(count));
  }

  has(block: number, token: number): boolean {
    return this.taken[block]?.[token] === 1;
  }

  free(block: number, from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.has(block, i)) return false;
    return true;
  }

  add(mention: { block: number; from: number; to: number }): void {
    this.taken[mention.block]?.fill(1, mention.from, mention.to);
  }
}
