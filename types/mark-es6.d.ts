// mark.js ships its ES6 build as UMD; @types/mark.js only declares 'mark.js'.
declare module 'mark.js/dist/mark.es6.js' {
  import Mark from 'mark.js';
  export default Mark;
}
